import type { Edge, Node } from '@xyflow/react';
import type { EdgeKind, ParamValue } from '../../../shared/model';

export type BlockData = {
  kind: string;
  label: string;
  params: Record<string, ParamValue>;
};

/** React Flow node for a building block; `type: 'block'` selects BlockNode. */
export type BlockFlowNode = Node<BlockData, 'block'>;

export type ConnectionData = {
  kind: EdgeKind;
  params: Record<string, ParamValue>;
};

export type ConnectionFlowEdge = Edge<ConnectionData>;
