import { addEdge, applyEdgeChanges, applyNodeChanges, type Connection, type EdgeChange, type NodeChange } from '@xyflow/react';
import { create } from 'zustand';
import { newId, type Design } from '../../../shared/model';
import { api } from '../api/client';
import { unwrap } from '../api/unwrap';
import { useToasts } from '../app/toasts';
import { toDocument, toFlowEdge, toFlowNode } from './convert';
import type { BlockFlowNode, ConnectionFlowEdge } from './flowTypes';

export type SaveState = 'saved' | 'saving' | 'unsaved' | 'error';
type Meta = Omit<Design, 'nodes' | 'edges'>;

interface EditorState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  loadError: string | null;
  meta: Meta | null;
  nodes: BlockFlowNode[];
  edges: ConnectionFlowEdge[];
  /** Bumped on every change to the document (not on selection or hover). */
  revision: number;
  savedRevision: number;
  saveState: SaveState;
  load: (id: string) => Promise<void>;
  onNodesChange: (changes: NodeChange<BlockFlowNode>[]) => void;
  onEdgesChange: (changes: EdgeChange<ConnectionFlowEdge>[]) => void;
  onConnect: (connection: Connection) => void;
  addBlock: (kind: string, label: string, position: { x: number; y: number }) => string;
  document: () => Design | null;
  setSaveState: (state: SaveState, savedRevision?: number) => void;
}

/** Changes that alter the saved document; selection and measurement alone do not. */
const isDocumentChange = (c: NodeChange | EdgeChange): boolean =>
  c.type === 'add' || c.type === 'remove' || c.type === 'replace' || (c.type === 'position' && c.position !== undefined);

export const useEditor = create<EditorState>((set, get) => ({
  status: 'idle',
  loadError: null,
  meta: null,
  nodes: [],
  edges: [],
  revision: 0,
  savedRevision: 0,
  saveState: 'saved',

  load: async (id) => {
    set({ status: 'loading', loadError: null, meta: null, nodes: [], edges: [], revision: 0, savedRevision: 0, saveState: 'saved' });
    try {
      const record = await unwrap(api.getDesign({ id }));
      const { nodes, edges, ...meta } = record.document;
      set({ status: 'ready', meta, nodes: nodes.map(toFlowNode), edges: edges.map(toFlowEdge) });
      if (record.repairs.length > 0) {
        useToasts.getState().push('info', `Repaired while opening: ${record.repairs.join('; ')}`);
      }
    } catch (err) {
      set({ status: 'error', loadError: err instanceof Error ? err.message : String(err) });
    }
  },

  onNodesChange: (changes) => {
    const touched = changes.some(isDocumentChange);
    set((s) => ({ nodes: applyNodeChanges(changes, s.nodes), ...(touched ? { revision: s.revision + 1 } : {}) }));
  },

  onEdgesChange: (changes) => {
    const touched = changes.some(isDocumentChange);
    set((s) => ({ edges: applyEdgeChanges(changes, s.edges), ...(touched ? { revision: s.revision + 1 } : {}) }));
  },

  onConnect: (connection) => {
    if (connection.source === connection.target) {
      useToasts.getState().push('info', 'A block cannot connect to itself: drag from one block to another.');
      return;
    }
    const edge = toFlowEdge({
      id: newId('e'),
      source: connection.source,
      target: connection.target,
      kind: 'sync',
      label: '',
      params: {},
      ...(connection.sourceHandle ? { sourceHandle: connection.sourceHandle } : {}),
      ...(connection.targetHandle ? { targetHandle: connection.targetHandle } : {}),
    });
    set((s) => ({ edges: addEdge(edge, s.edges), revision: s.revision + 1 }));
  },

  addBlock: (kind, label, position) => {
    const id = newId('n');
    const node = toFlowNode({ id, kind, label, position, params: {} });
    set((s) => ({ nodes: [...s.nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), { ...node, selected: true }], revision: s.revision + 1 }));
    return id;
  },

  document: () => {
    const { meta, nodes, edges } = get();
    return meta ? toDocument(meta, nodes, edges) : null;
  },

  setSaveState: (saveState, savedRevision) =>
    set((s) => ({ saveState, savedRevision: savedRevision ?? s.savedRevision })),
}));

