import { create } from 'zustand';
import type { Design } from '../../../../shared/model';
import { api } from '../../api/client';
import { unwrap } from '../../api/unwrap';
import { useToasts } from '../../app/toasts';
import { designToFlow, flowToDesign, type DesignMeta } from '../convert';
import type { ConnectionFlowEdge, FlowNode } from '../flowTypes';
import { applyEntry, diff, type HistoryEntry } from './history';
import { takePrefetchedDesign } from './designPrefetch';

export type SaveState = 'saved' | 'saving' | 'unsaved' | 'error';

/** How many undo steps are kept; each is a patch of the items it touched, so this is cheap. */
const HISTORY_LIMIT = 500;

interface DocumentSlice {
  nodes: FlowNode[];
  edges: ConnectionFlowEdge[];
  meta: DesignMeta;
}

export interface EditorState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  loadError: string | null;
  meta: DesignMeta | null;
  nodes: FlowNode[];
  edges: ConnectionFlowEdge[];
  /** Bumped on every change to the document (not on selection, hover or measurement). */
  revision: number;
  savedRevision: number;
  saveState: SaveState;
  undoStack: HistoryEntry[];
  redoStack: HistoryEntry[];
  /** The document as it was when a gesture (drag, resize) began; the gesture is one undo step. */
  gestureBase: DocumentSlice | null;
}

const initial: EditorState = {
  status: 'idle',
  loadError: null,
  meta: null,
  nodes: [],
  edges: [],
  revision: 0,
  savedRevision: 0,
  saveState: 'saved',
  undoStack: [],
  redoStack: [],
  gestureBase: null,
};

export const useEditor = create<EditorState>()(() => initial);

const get = useEditor.getState;
const set = useEditor.setState;

function slice(s: EditorState): DocumentSlice | null {
  return s.meta ? { nodes: s.nodes, edges: s.edges, meta: s.meta } : null;
}

/**
 * The one way the document changes: apply the next nodes/edges/meta, record the difference as an
 * undo step (unless a gesture is under way), clear redo, and bump the revision for autosave.
 */
export function commit(next: Partial<DocumentSlice>): void {
  const s = get();
  const before = slice(s);
  if (!before) return;
  const after: DocumentSlice = { nodes: next.nodes ?? s.nodes, edges: next.edges ?? s.edges, meta: next.meta ?? before.meta };
  if (s.gestureBase) {
    set({ ...after });
    return;
  }
  const entry = diff(before, after);
  if (!entry) {
    set({ nodes: after.nodes, edges: after.edges }); // selection-only change
    return;
  }
  set({
    ...after,
    revision: s.revision + 1,
    undoStack: [...s.undoStack.slice(-(HISTORY_LIMIT - 1)), entry],
    redoStack: [],
  });
}

export function beginGesture(): void {
  const s = get();
  if (!s.gestureBase) set({ gestureBase: slice(s) });
}

/** End a drag or resize: everything since beginGesture becomes one undo step. */
export function endGesture(): void {
  const s = get();
  const base = s.gestureBase;
  if (!base) return;
  const now = slice(s);
  const entry = now ? diff(base, now) : null;
  set({
    gestureBase: null,
    ...(entry
      ? { revision: s.revision + 1, undoStack: [...s.undoStack.slice(-(HISTORY_LIMIT - 1)), entry], redoStack: [] }
      : {}),
  });
}

export function undo(): void {
  const s = get();
  const entry = s.undoStack.at(-1);
  const current = slice(s);
  if (!entry || !current || s.gestureBase) return;
  set({ ...applyEntry(current, entry, 'before'), undoStack: s.undoStack.slice(0, -1), redoStack: [...s.redoStack, entry], revision: s.revision + 1 });
}

export function redo(): void {
  const s = get();
  const entry = s.redoStack.at(-1);
  const current = slice(s);
  if (!entry || !current || s.gestureBase) return;
  set({ ...applyEntry(current, entry, 'after'), redoStack: s.redoStack.slice(0, -1), undoStack: [...s.undoStack, entry], revision: s.revision + 1 });
}

// The latest load wins: an answer to an earlier one (the user went back and opened another
// design while the first was still on its way) must not replace what is now open.
let loads = 0;

export async function loadDesign(id: string): Promise<void> {
  const load = ++loads;
  set({ ...initial, status: 'loading' });
  try {
    const record = await unwrap(takePrefetchedDesign(id) ?? api.getDesign({ id }));
    if (load !== loads) return;
    set({ ...initial, status: 'ready', ...designToFlow(record.document) });
    if (record.repairs.length > 0) {
      useToasts.getState().push('info', `Repaired while opening: ${record.repairs.join('; ')}`);
    }
  } catch (err) {
    if (load !== loads) return;
    set({ ...initial, status: 'error', loadError: err instanceof Error ? err.message : String(err) });
  }
}

export function currentDocument(): Design | null {
  const s = get();
  return s.meta ? flowToDesign(s.meta, s.nodes, s.edges) : null;
}

export function setSaveState(saveState: SaveState, savedRevision?: number): void {
  set((s) => ({ saveState, savedRevision: savedRevision ?? s.savedRevision }));
}
