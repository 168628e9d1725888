import { MarkerType } from '@xyflow/react';
import type { Design, DesignEdge, DesignNode } from '../../../shared/model';
import type { BlockFlowNode, ConnectionFlowEdge } from './flowTypes';

/** Document -> React Flow, and back. The document is what is saved; React Flow is what is drawn. */
export function toFlowNode(n: DesignNode): BlockFlowNode {
  return {
    id: n.id,
    type: 'block',
    position: { x: n.position.x, y: n.position.y },
    data: { kind: n.kind, label: n.label, params: n.params },
    ...(n.groupId ? { parentId: n.groupId } : {}),
  };
}

export function toFlowEdge(e: DesignEdge): ConnectionFlowEdge {
  return {
    id: e.id,
    source: e.source,
    target: e.target,
    ...(e.sourceHandle ? { sourceHandle: e.sourceHandle } : {}),
    ...(e.targetHandle ? { targetHandle: e.targetHandle } : {}),
    label: e.label || undefined,
    markerEnd: { type: MarkerType.ArrowClosed },
    animated: e.kind === 'async',
    className: `edge-${e.kind}`,
    data: { kind: e.kind, params: e.params },
  };
}

export function fromFlowNode(n: BlockFlowNode): DesignNode {
  return {
    id: n.id,
    kind: n.data.kind,
    label: n.data.label,
    position: { x: Math.round(n.position.x * 100) / 100, y: Math.round(n.position.y * 100) / 100 },
    params: n.data.params,
    ...(n.parentId ? { groupId: n.parentId } : {}),
  };
}

export function fromFlowEdge(e: ConnectionFlowEdge): DesignEdge {
  return {
    id: e.id,
    source: e.source,
    target: e.target,
    kind: e.data?.kind ?? 'sync',
    label: typeof e.label === 'string' ? e.label : '',
    params: e.data?.params ?? {},
    ...(e.sourceHandle ? { sourceHandle: e.sourceHandle } : {}),
    ...(e.targetHandle ? { targetHandle: e.targetHandle } : {}),
  };
}

export function toDocument(
  meta: Omit<Design, 'nodes' | 'edges'>,
  nodes: BlockFlowNode[],
  edges: ConnectionFlowEdge[],
): Design {
  return { ...meta, nodes: nodes.map(fromFlowNode), edges: edges.map(fromFlowEdge) };
}
