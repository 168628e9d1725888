import { MarkerType } from '@xyflow/react';
import type { Design, DesignEdge, DesignGroup, DesignNode } from '../../../shared/model';
import { NOTE_KIND, type ConnectionFlowEdge, type FlowNode, type GroupFlowNode } from './flowTypes';

/**
 * Document <-> React Flow. The document is what is saved; React Flow is what is drawn.
 * Groups become parent nodes, which React Flow needs before their children in the array.
 */
const round = (v: number): number => Math.round(v * 100) / 100;

export function groupToFlow(g: DesignGroup): GroupFlowNode {
  return {
    id: g.id,
    type: 'group',
    position: { x: g.position.x, y: g.position.y },
    data: { kind: g.kind, label: g.label },
    width: g.size.width,
    height: g.size.height,
    zIndex: -1,
    ...(g.parentId ? { parentId: g.parentId } : {}),
  };
}

export function nodeToFlow(n: DesignNode): FlowNode {
  const common = {
    id: n.id,
    position: { x: n.position.x, y: n.position.y },
    ...(n.groupId ? { parentId: n.groupId } : {}),
  };
  if (n.kind === NOTE_KIND) {
    return { ...common, type: 'note', data: { text: n.label }, ...(n.size ? { width: n.size.width, height: n.size.height } : {}) };
  }
  return { ...common, type: 'block', data: { kind: n.kind, label: n.label, params: n.params } };
}

export function edgeToFlow(e: DesignEdge): ConnectionFlowEdge {
  return {
    id: e.id,
    type: 'floating',
    source: e.source,
    target: e.target,
    ...(e.sourceHandle ? { sourceHandle: e.sourceHandle } : {}),
    ...(e.targetHandle ? { targetHandle: e.targetHandle } : {}),
    ...(e.label ? { label: e.label } : {}),
    markerEnd: { type: MarkerType.ArrowClosed },
    // No `animated`: its dash animation repaints every frame (100+ ms a frame at 1,000 blocks); CSS dashes async edges.
    className: `edge-${e.kind}`,
    data: { kind: e.kind, params: e.params },
  };
}

function flowToDesignNode(n: Exclude<FlowNode, GroupFlowNode>): DesignNode {
  const base = {
    id: n.id,
    position: { x: round(n.position.x), y: round(n.position.y) },
    ...(n.parentId ? { groupId: n.parentId } : {}),
  };
  if (n.type === 'note') {
    return {
      ...base,
      kind: NOTE_KIND,
      label: n.data.text,
      params: {},
      ...(n.width && n.height ? { size: { width: round(n.width), height: round(n.height) } } : {}),
    };
  }
  return { ...base, kind: n.data.kind, label: n.data.label, params: n.data.params };
}

function flowToGroup(n: GroupFlowNode): DesignGroup {
  return {
    id: n.id,
    kind: n.data.kind,
    label: n.data.label,
    position: { x: round(n.position.x), y: round(n.position.y) },
    size: { width: round(n.width ?? n.measured?.width ?? 320), height: round(n.height ?? n.measured?.height ?? 200) },
    ...(n.parentId ? { parentId: n.parentId } : {}),
  };
}

export function flowToEdge(e: ConnectionFlowEdge): DesignEdge {
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

export type DesignMeta = Omit<Design, 'nodes' | 'edges' | 'groups'>;

export function designToFlow(design: Design): { meta: DesignMeta; nodes: FlowNode[]; edges: ConnectionFlowEdge[] } {
  const { nodes, edges, groups, ...meta } = design;
  return { meta, nodes: [...orderGroups(groups).map(groupToFlow), ...nodes.map(nodeToFlow)], edges: edges.map(edgeToFlow) };
}

export function flowToDesign(meta: DesignMeta, nodes: FlowNode[], edges: ConnectionFlowEdge[]): Design {
  const designNodes: DesignNode[] = [];
  const groups: DesignGroup[] = [];
  for (const n of nodes) {
    if (n.type === 'group') groups.push(flowToGroup(n));
    else designNodes.push(flowToDesignNode(n));
  }
  return { ...meta, nodes: designNodes, edges: edges.map(flowToEdge), groups };
}

/** Parents before children, as React Flow requires for nested groups. */
function orderGroups(groups: DesignGroup[]): DesignGroup[] {
  const byId = new Map(groups.map((g) => [g.id, g]));
  const out: DesignGroup[] = [];
  const placed = new Set<string>();
  const place = (g: DesignGroup, depth: number): void => {
    if (placed.has(g.id) || depth > groups.length) return;
    const parent = g.parentId ? byId.get(g.parentId) : undefined;
    if (parent) place(parent, depth + 1);
    placed.add(g.id);
    out.push(g);
  };
  for (const g of groups) place(g, 0);
  return out;
}
