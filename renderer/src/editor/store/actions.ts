import type { Connection, Edge } from '@xyflow/react';
import { newId, type EdgeKind, type GroupKind, type ParamValue } from '../../../../shared/model';
import { useToasts } from '../../app/toasts';
import { edgeToFlow, type DesignMeta } from '../convert';
import type { BlockData, ConnectionFlowEdge, FlowNode, GroupData } from '../flowTypes';
import { commit, useEditor } from './editorStore';

/** Document edits. Each is one call to commit(), so each is one undo step. */
const state = useEditor.getState;

type XY = { x: number; y: number };

const deselect = <T extends { selected?: boolean }>(items: T[]): T[] => items.map((i) => (i.selected ? { ...i, selected: false } : i));

function addNode(node: FlowNode): string {
  const nodes = deselect(state().nodes);
  // Groups go in front: React Flow draws and resolves parents before children.
  commit({ nodes: node.type === 'group' ? [{ ...node, selected: true }, ...nodes] : [...nodes, { ...node, selected: true }], edges: deselect(state().edges) });
  return node.id;
}

export function addBlock(kind: string, label: string, position: XY): string {
  return addNode({ id: newId('n'), type: 'block', position, data: { kind, label, params: {} } });
}

export function addNote(position: XY, text = 'Note'): string {
  return addNode({ id: newId('note'), type: 'note', position, data: { text }, width: 200, height: 120 });
}

export function addGroup(kind: GroupKind, label: string, position: XY, size = { width: 480, height: 300 }): string {
  return addNode({ id: newId('g'), type: 'group', position, data: { kind, label }, width: size.width, height: size.height, zIndex: -1 });
}

export function connect(connection: Connection, kind: EdgeKind = 'sync'): boolean {
  if (connection.source === connection.target) {
    useToasts.getState().push('info', 'A block cannot connect to itself: drag from one block to another.');
    return false;
  }
  const nodes = state().nodes;
  const source = nodes.find((n) => n.id === connection.source);
  const target = nodes.find((n) => n.id === connection.target);
  if (source?.type !== 'block' || target?.type !== 'block') {
    useToasts.getState().push('info', 'Connections join building blocks; notes and groups cannot be connected.');
    return false;
  }
  const edge = edgeToFlow({
    id: newId('e'),
    source: connection.source,
    target: connection.target,
    kind,
    label: '',
    params: {},
    ...(connection.sourceHandle ? { sourceHandle: connection.sourceHandle } : {}),
    ...(connection.targetHandle ? { targetHandle: connection.targetHandle } : {}),
  });
  commit({ edges: [...state().edges, edge] });
  return true;
}

/** Drag an edge's end to another block. */
export function reconnect(old: Edge, connection: Connection): void {
  if (connection.source === connection.target) {
    useToasts.getState().push('info', 'A block cannot connect to itself.');
    return;
  }
  // The canvas hands React Flow a selected connection with the handles its floating ends are drawn
  // at (reconnectEnds); the end that stayed keeps the handle stored in the document.
  const keep = (e: Edge, end: 'source' | 'target') => (e[end] === connection[end] ? (e[`${end}Handle`] ?? null) : (connection[`${end}Handle`] ?? null));
  commit({
    edges: state().edges.map((e) =>
      e.id === old.id ? { ...e, source: connection.source, target: connection.target, sourceHandle: keep(e, 'source'), targetHandle: keep(e, 'target') } : e,
    ),
  });
}

export function updateBlock(id: string, patch: Partial<BlockData>): void {
  commit({ nodes: state().nodes.map((n) => (n.id === id && n.type === 'block' ? { ...n, data: { ...n.data, ...patch } } : n)) });
}

export function setBlockParam(id: string, key: string, value: ParamValue | undefined): void {
  const node = state().nodes.find((n) => n.id === id);
  if (node?.type !== 'block') return;
  const params = { ...node.data.params };
  if (value === undefined) delete params[key];
  else params[key] = value;
  updateBlock(id, { params });
}

export function updateNote(id: string, text: string): void {
  commit({ nodes: state().nodes.map((n) => (n.id === id && n.type === 'note' ? { ...n, data: { text } } : n)) });
}

export function updateGroup(id: string, patch: Partial<GroupData>): void {
  commit({ nodes: state().nodes.map((n) => (n.id === id && n.type === 'group' ? { ...n, data: { ...n.data, ...patch } } : n)) });
}

export function updateEdge(id: string, patch: { kind?: EdgeKind; label?: string; params?: Record<string, ParamValue> }): void {
  commit({
    edges: state().edges.map((e) => {
      if (e.id !== id) return e;
      const data = { kind: patch.kind ?? e.data?.kind ?? 'sync', params: patch.params ?? e.data?.params ?? {} };
      const label = patch.label ?? (typeof e.label === 'string' ? e.label : '');
      return { ...edgeToFlow({ id: e.id, source: e.source, target: e.target, label, ...data }), sourceHandle: e.sourceHandle ?? null, targetHandle: e.targetHandle ?? null, selected: e.selected ?? false };
    }),
  });
}

export function setMeta(patch: Partial<DesignMeta>): void {
  const meta = state().meta;
  if (meta) commit({ meta: { ...meta, ...patch } });
}

/** Delete what is selected; connections to deleted blocks and children of deleted groups go too. */
export function deleteSelection(): void {
  const { nodes, edges } = state();
  const doomed = new Set(nodes.filter((n) => n.selected).map((n) => n.id));
  // A deleted group's children stay, moved back to absolute positions.
  const groupsById = new Map(nodes.filter((n) => n.type === 'group').map((n) => [n.id, n]));
  const keptNodes: FlowNode[] = [];
  for (const n of nodes) {
    if (doomed.has(n.id)) continue;
    if (n.parentId && doomed.has(n.parentId)) {
      const parent = groupsById.get(n.parentId)!;
      const { parentId: _p, extent: _e, ...rest } = n;
      keptNodes.push({ ...rest, position: { x: n.position.x + parent.position.x, y: n.position.y + parent.position.y } } as FlowNode);
    } else keptNodes.push(n);
  }
  const keptEdges = edges.filter((e) => !e.selected && !doomed.has(e.source) && !doomed.has(e.target));
  if (keptNodes.length === nodes.length && keptEdges.length === edges.length) return;
  commit({ nodes: keptNodes, edges: keptEdges });
}

export function selectAll(): void {
  useEditor.setState((s) => ({ nodes: s.nodes.map((n) => (n.selected ? n : { ...n, selected: true })), edges: s.edges.map((e) => (e.selected ? e : { ...e, selected: true })) }));
}

/**
 * A click on a connection: it alone is selected, or with Shift it joins (or leaves) the selection,
 * as React Flow does for the connections it draws itself.
 */
export function clickSelectEdge(id: string, additive: boolean): void {
  useEditor.setState((s) => ({
    nodes: additive ? s.nodes : deselect(s.nodes),
    edges: s.edges.map((e) => (e.id === id ? (additive && e.selected ? { ...e, selected: false } : e.selected ? e : { ...e, selected: true }) : additive || !e.selected ? e : { ...e, selected: false })),
  }));
}

/** The ids selected now, to put back with restoreSelection. */
export function selectedIds(): { nodes: Set<string>; edges: Set<string> } {
  const s = state();
  return { nodes: new Set(s.nodes.filter((n) => n.selected).map((n) => n.id)), edges: new Set(s.edges.filter((e) => e.selected).map((e) => e.id)) };
}

/** Select exactly `ids` (from selectedIds), leaving unchanged items as they are. */
export function restoreSelection(ids: { nodes: Set<string>; edges: Set<string> }): void {
  // An unchanged list stays the same array, so its readers do not re-derive anything.
  const pick = <T extends { id: string; selected?: boolean }>(items: T[], keep: Set<string>): T[] => {
    const picked = items.map((i) => (keep.has(i.id) === (i.selected === true) ? i : { ...i, selected: keep.has(i.id) }));
    return picked.some((i, at) => i !== items[at]) ? picked : items;
  };
  useEditor.setState((s) => ({ nodes: pick(s.nodes, ids.nodes), edges: pick(s.edges, ids.edges) }));
}

/**
 * A press on a block that is not selected selects it alone, at once, as draw.io does (React Flow
 * would wait for the pointer to move). The selection then shows while the button is down, and a
 * drag starts on a block already selected, so its first frames only move it. True if it
 * selected the block (false if it was selected already or is gone).
 */
export function pressSelectNode(id: string): boolean {
  const node = state().nodes.find((n) => n.id === id);
  if (!node || node.selected) return false;
  restoreSelection({ nodes: new Set([id]), edges: new Set() });
  return true;
}

/** Box selection: the connections between the blocks in the box are selected with them. */
export function selectEdgesBetweenSelectedNodes(): void {
  const s = state();
  const picked = new Set(s.nodes.filter((n) => n.selected).map((n) => n.id));
  const edges = s.edges.map((e) => {
    const want = picked.has(e.source) && picked.has(e.target);
    return want === !!e.selected ? e : { ...e, selected: want };
  });
  if (edges.some((e, i) => e !== s.edges[i])) useEditor.setState({ edges });
}

export function clearSelection(): void {
  useEditor.setState((s) => ({ nodes: deselect(s.nodes), edges: deselect(s.edges) }));
}

export function nudgeSelection(dx: number, dy: number): void {
  const nodes = state().nodes;
  if (!nodes.some((n) => n.selected)) return;
  // A child whose group moves with it would move twice.
  const selectedIds = new Set(nodes.filter((n) => n.selected).map((n) => n.id));
  commit({
    nodes: nodes.map((n) =>
      n.selected && !(n.parentId && selectedIds.has(n.parentId)) ? { ...n, position: { x: n.position.x + dx, y: n.position.y + dy } } : n,
    ),
  });
}

/** Move nodes to new positions (auto-layout): one undo step. */
export function applyPositions(positions: Map<string, XY>, sizes?: Map<string, { width: number; height: number }>): void {
  commit({
    nodes: state().nodes.map((n) => {
      const p = positions.get(n.id);
      const size = sizes?.get(n.id);
      if (!p && !size) return n;
      return { ...n, ...(p ? { position: p } : {}), ...(size ? { width: size.width, height: size.height } : {}) };
    }),
  });
}

export function selectedNodes(): FlowNode[] {
  return state().nodes.filter((n) => n.selected);
}

export function selectedEdges(): ConnectionFlowEdge[] {
  return state().edges.filter((e) => e.selected);
}
