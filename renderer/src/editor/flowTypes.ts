import type { Edge, Node } from '@xyflow/react';
import type { EdgeKind, GroupKind, ParamValue } from '../../../shared/model';

export type BlockData = {
  kind: string;
  label: string;
  params: Record<string, ParamValue>;
};

export type NoteData = { text: string };

export type GroupData = { kind: GroupKind; label: string };

/** React Flow node for a building block; `type: 'block'` selects BlockNode. */
export type BlockFlowNode = Node<BlockData, 'block'>;
/** A sticky note: free text for whiteboard-style reasoning (saved as a node of kind "note"). */
export type NoteFlowNode = Node<NoteData, 'note'>;
/** A region, availability zone or network boundary; blocks inside are its React Flow children. */
export type GroupFlowNode = Node<GroupData, 'group'>;

export type FlowNode = BlockFlowNode | NoteFlowNode | GroupFlowNode;

export type ConnectionData = {
  kind: EdgeKind;
  params: Record<string, ParamValue>;
};

export type ConnectionFlowEdge = Edge<ConnectionData>;

/** The kind sticky notes are stored under: one name for the canvas, the exporter and the engine. */
export { NOTE_KIND } from '../../../shared/estimate/notes';
