import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DesignMeta } from '../../../renderer/src/editor/convert';
import type { FlowNode } from '../../../renderer/src/editor/flowTypes';

vi.mock('../../../renderer/src/api/client', () => ({ api: {} }));
const { beginGesture, commit, endGesture, useEditor } = await import('../../../renderer/src/editor/store/editorStore');
const { endGestureOnRelease } = await import('../../../renderer/src/editor/store/gestureRelease');

const meta = { id: 'd1', name: 'Design' } as unknown as DesignMeta;
const block = (x: number): FlowNode => ({ id: 'n1', type: 'block', position: { x, y: 0 }, data: { kind: 'appServer', label: 'App', params: {} } }) as unknown as FlowNode;
const release = (type: string, fields: Record<string, unknown> = {}): Event => Object.assign(new Event(type), fields);

/** A drag React Flow reports frame by frame (commit during a gesture) and, here, never ends. */
function dragWithoutEnd(win: EventTarget, to = 100): void {
  beginGesture();
  endGestureOnRelease(win);
  commit({ nodes: [block(to / 2)] });
  commit({ nodes: [block(to)] });
}

describe('a drag React Flow never reports the end of', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    useEditor.setState({ meta, nodes: [block(0)], edges: [], undoStack: [], redoStack: [], revision: 0, gestureBase: null });
  });
  afterEach(() => vi.useRealTimers());

  it('ends once the pointer is released, after React Flow has had its turn: one undo step, and a new revision to save', () => {
    const win = new EventTarget();
    dragWithoutEnd(win);
    expect(useEditor.getState().revision).toBe(0);
    win.dispatchEvent(release('pointerup', { buttons: 0 }));
    expect(useEditor.getState().gestureBase).not.toBeNull();
    vi.runAllTimers();
    const s = useEditor.getState();
    expect(s.gestureBase).toBeNull();
    expect(s.undoStack).toHaveLength(1);
    expect(s.revision).toBe(1);
  });

  it('goes on while the primary button or another finger is still down', () => {
    const win = new EventTarget();
    dragWithoutEnd(win);
    win.dispatchEvent(release('mouseup', { buttons: 1 }));
    win.dispatchEvent(release('touchend', { touches: [{}] }));
    vi.runAllTimers();
    expect(useEditor.getState().gestureBase).not.toBeNull();
    win.dispatchEvent(release('touchend', { touches: [] }));
    vi.runAllTimers();
    expect(useEditor.getState().gestureBase).toBeNull();
  });

  it('leaves alone a gesture React Flow ended itself, and the next one is watched again', () => {
    const win = new EventTarget();
    dragWithoutEnd(win);
    endGesture();
    win.dispatchEvent(release('mouseup', { buttons: 0 }));
    vi.runAllTimers();
    expect(useEditor.getState().undoStack).toHaveLength(1);
    dragWithoutEnd(win, 300);
    win.dispatchEvent(release('blur'));
    vi.runAllTimers();
    expect(useEditor.getState().gestureBase).toBeNull();
    expect(useEditor.getState().undoStack).toHaveLength(2);
    expect(useEditor.getState().nodes[0]!.position.x).toBe(300);
  });
});
