import type { ConnectionFlowEdge, FlowNode } from '../flowTypes';
import type { DesignMeta } from '../convert';

/**
 * Undo history as patches: an entry holds, for each node or edge the change touched, the object
 * before and after (immutable snapshots, shared, never deep-copied) and where it stood.
 * Selection, hover and measurement are not part of the document and never make an entry.
 */
export interface ItemPatch<T> {
  id: string;
  before: T | null;
  after: T | null;
  /** Index in the array before (for a removal) or after (for an insertion), to restore order. */
  index: number;
}

export interface HistoryEntry {
  nodes: ItemPatch<FlowNode>[];
  edges: ItemPatch<ConnectionFlowEdge>[];
  meta: { before: DesignMeta; after: DesignMeta } | null;
}

/** Does the document differ between two versions of one node? Cheap field checks, no allocation. */
export function nodeChanged(a: FlowNode, b: FlowNode): boolean {
  if (a === b) return false;
  return (
    a.position.x !== b.position.x ||
    a.position.y !== b.position.y ||
    a.data !== b.data ||
    a.parentId !== b.parentId ||
    a.width !== b.width ||
    a.height !== b.height ||
    a.type !== b.type
  );
}

export function edgeChanged(a: ConnectionFlowEdge, b: ConnectionFlowEdge): boolean {
  if (a === b) return false;
  return (
    a.source !== b.source ||
    a.target !== b.target ||
    a.sourceHandle !== b.sourceHandle ||
    a.targetHandle !== b.targetHandle ||
    a.label !== b.label ||
    a.data !== b.data
  );
}

function diffItems<T extends { id: string }>(prev: readonly T[], next: readonly T[], changed: (a: T, b: T) => boolean): ItemPatch<T>[] {
  const patches: ItemPatch<T>[] = [];
  // Fast path: same length and same ids in place covers moves and edits, the common cases.
  if (prev.length === next.length) {
    let aligned = true;
    for (let i = 0; i < prev.length; i++) {
      const a = prev[i]!;
      const b = next[i]!;
      if (a.id !== b.id) {
        aligned = false;
        break;
      }
      if (changed(a, b)) patches.push({ id: a.id, before: a, after: b, index: i });
    }
    if (aligned) return patches;
    patches.length = 0;
  }
  const nextIndex = new Map<string, number>();
  next.forEach((item, i) => nextIndex.set(item.id, i));
  const prevIds = new Set<string>();
  prev.forEach((a, i) => {
    prevIds.add(a.id);
    const j = nextIndex.get(a.id);
    if (j === undefined) patches.push({ id: a.id, before: a, after: null, index: i });
    else if (changed(a, next[j]!)) patches.push({ id: a.id, before: a, after: next[j]!, index: j });
  });
  next.forEach((b, j) => {
    if (!prevIds.has(b.id)) patches.push({ id: b.id, before: null, after: b, index: j });
  });
  return patches;
}

export function diff(
  prev: { nodes: readonly FlowNode[]; edges: readonly ConnectionFlowEdge[]; meta: DesignMeta },
  next: { nodes: readonly FlowNode[]; edges: readonly ConnectionFlowEdge[]; meta: DesignMeta },
): HistoryEntry | null {
  const nodes = prev.nodes === next.nodes ? [] : diffItems(prev.nodes, next.nodes, nodeChanged);
  const edges = prev.edges === next.edges ? [] : diffItems(prev.edges, next.edges, edgeChanged);
  const meta = prev.meta === next.meta ? null : { before: prev.meta, after: next.meta };
  return nodes.length || edges.length || meta ? { nodes, edges, meta } : null;
}

type Side = 'before' | 'after';

const measuredOf = (item: object): { measured?: unknown } => ('measured' in item && item.measured ? { measured: item.measured } : {});

/** Put one side of the patches back; objects not in the patch keep their identity. */
function applyItems<T extends { id: string; selected?: boolean }>(items: readonly T[], patches: ItemPatch<T>[], side: Side): T[] {
  if (patches.length === 0) return items as T[];
  const byId = new Map(patches.map((p) => [p.id, p]));
  const out: T[] = [];
  for (const item of items) {
    const patch = byId.get(item.id);
    if (!patch) out.push(item);
    // Selection and the measured size are the canvas's, not the document's: they stay as they are
    // now (a snapshot taken while a block was drawn as a far-zoom box holds that box's size, and
    // React Flow would keep it, as the block on screen does not change size to re-measure).
    else if (patch[side] !== null) out.push({ ...patch[side]!, ...measuredOf(item), selected: item.selected ?? false });
    // null on this side: the item did not exist then, so it is dropped
  }
  const present = new Set(out.map((i) => i.id));
  const inserts = patches
    .filter((p) => p[side] !== null && !present.has(p.id))
    .sort((a, b) => a.index - b.index);
  for (const p of inserts) out.splice(Math.min(p.index, out.length), 0, { ...p[side]!, selected: false });
  return out;
}

export function applyEntry(
  state: { nodes: FlowNode[]; edges: ConnectionFlowEdge[]; meta: DesignMeta },
  entry: HistoryEntry,
  side: Side,
): { nodes: FlowNode[]; edges: ConnectionFlowEdge[]; meta: DesignMeta } {
  return {
    nodes: parentsFirst(applyItems(state.nodes, entry.nodes, side)),
    edges: applyItems(state.edges, entry.edges, side),
    meta: entry.meta ? entry.meta[side] : state.meta,
  };
}

/** React Flow needs a parent before its children; keep groups in front when an undo reorders. */
export function parentsFirst(nodes: FlowNode[]): FlowNode[] {
  let seenChildBeforeParent = false;
  const seen = new Set<string>();
  for (const n of nodes) {
    if (n.parentId && !seen.has(n.parentId)) {
      seenChildBeforeParent = true;
      break;
    }
    seen.add(n.id);
  }
  if (!seenChildBeforeParent) return nodes;
  const groups = nodes.filter((n) => n.type === 'group');
  const rest = nodes.filter((n) => n.type !== 'group');
  return [...groups, ...rest];
}
