import { clearGuides } from '../guides/guideStore';
import { endGesture, useEditor } from './editorStore';

const RELEASE = ['mouseup', 'pointerup', 'pointercancel', 'touchend', 'touchcancel', 'blur'] as const;

let armed: EventTarget | null = null;

/**
 * React Flow ends a drag or resize by reporting it (dragging or resizing false). It never does
 * when the element its listeners sit on goes mid-gesture: a block deleted (Delete) while a finger
 * drags it keeps its touch listeners on the detached element. The gesture would stay open, and
 * with it undo and autosave (commit holds both back during a gesture). So the pointer's release
 * ends a gesture still open once React Flow has had its turn (it ends its own in the same event).
 */
export function endGestureOnRelease(target: EventTarget = window): void {
  if (armed === target) return;
  armed = target;
  const release = (e: Event): void => {
    // In the capture phase the window also sees every element's blur; only its own counts.
    if (e.type === 'blur' ? e.target !== target : stillPressed(e)) return;
    for (const type of RELEASE) target.removeEventListener(type, release, true);
    armed = null;
    setTimeout(() => {
      if (!useEditor.getState().gestureBase) return;
      clearGuides();
      endGesture();
    }, 0);
  };
  for (const type of RELEASE) target.addEventListener(type, release, true);
}

/** A release that leaves the primary button or another finger down does not end a gesture. */
function stillPressed(e: Event): boolean {
  if ('touches' in e) return (e as TouchEvent).touches.length > 0;
  if ('buttons' in e) return ((e as MouseEvent).buttons & 1) === 1;
  return false;
}
