import { useSyncExternalStore } from 'react';

/**
 * Whether the primary mouse button (or a finger) is held down anywhere in the window, as far as
 * the window hears: a release it never hears (a finger lifted off an element removed meanwhile)
 * leaves it true until the next one, and any button's release clears it. Listens in the capture
 * phase, so a handler that stops a press from propagating does not hide it. A native drag and
 * drop (the palette) ends without a mouseup, hence dragend; blur covers a release outside a
 * window that lost focus meanwhile.
 */
let held = false;
const listeners = new Set<() => void>();

function set(value: boolean): void {
  if (held === value) return;
  held = value;
  for (const listener of listeners) listener();
}

const press = (e: Event): void => {
  if (e instanceof MouseEvent && e.button !== 0) return;
  set(true);
};
const release = (e: Event): void => {
  // Listening in the capture phase, the window also sees every element's blur (focus moving on).
  if (e.type === 'blur' && e.target !== window) return;
  set(false);
};

const PRESS = ['mousedown', 'touchstart'] as const;
const RELEASE = ['mouseup', 'touchend', 'touchcancel', 'dragend', 'blur'] as const;

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    for (const type of PRESS) window.addEventListener(type, press, { capture: true, passive: true });
    for (const type of RELEASE) window.addEventListener(type, release, { capture: true, passive: true });
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    for (const type of PRESS) window.removeEventListener(type, press, { capture: true });
    for (const type of RELEASE) window.removeEventListener(type, release, { capture: true });
    held = false;
  };
}

export const usePointerHeld = (): boolean => useSyncExternalStore(subscribe, () => held);
