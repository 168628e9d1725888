import type { ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api';
import type { ConnectionFlowEdge, FlowNode } from '../flowTypes';
import { isGuessedBlockSize, LARGEST_BLOCK } from '../nodes/blockBox';

export type LayoutDirection = 'RIGHT' | 'DOWN';

/** Sizes for nodes React Flow has not measured yet (e.g. a design laid out before it is drawn). */
const DEFAULT_SIZE: Record<FlowNode['type'], { width: number; height: number }> = {
  block: { width: 180, height: 52 },
  note: { width: 200, height: 120 },
  group: { width: 480, height: 300 },
};

/**
 * Generous spacing: blocks grow with their labels and badges after layout, and edge labels need
 * room between layers. Groups keep a taller top padding for their title.
 */
const SPACING: LayoutOptions = {
  'elk.spacing.nodeNode': '48',
  'elk.layered.spacing.nodeNodeBetweenLayers': '96',
  'elk.spacing.edgeNode': '24',
  'elk.spacing.componentComponent': '96',
};
const GROUP_PADDING = '[top=56,left=32,bottom=32,right=32]';

export function nodeSize(node: FlowNode): { width: number; height: number } {
  const fallback = DEFAULT_SIZE[node.type];
  // A block only ever drawn as a far-zoom box was measured at that box's guessed size.
  if (node.type === 'block' && isGuessedBlockSize(node.measured)) return { ...LARGEST_BLOCK };
  // Measured first: it is what is on screen, including labels longer than the default width.
  return {
    width: node.measured?.width ?? node.width ?? fallback.width,
    height: node.measured?.height ?? node.height ?? fallback.height,
  };
}

/**
 * The ELK graph for the current canvas: groups become compound nodes holding their children, so
 * one layered run (hierarchyHandling INCLUDE_CHILDREN) places everything and sizes the groups.
 * Only connections between two non-group nodes are kept: an edge into a node's own ancestor group
 * is meaningless to ELK and makes it throw.
 */
export function toElkGraph(nodes: FlowNode[], edges: ConnectionFlowEdge[], direction: LayoutDirection): ElkNode {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const elkNodes = new Map<string, ElkNode>();
  for (const n of nodes) {
    const elkNode: ElkNode = { id: n.id, ...nodeSize(n) };
    if (n.type === 'group') elkNode.layoutOptions = { ...SPACING, 'elk.padding': GROUP_PADDING };
    elkNodes.set(n.id, elkNode);
  }
  const root: ElkNode = {
    id: '__root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': direction,
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.layered.crossingMinimization.randomSeed': '1',
      ...SPACING,
    },
    children: [],
    edges: [],
  };
  for (const n of nodes) {
    const parent = n.parentId ? byId.get(n.parentId) : undefined;
    // A child of a missing or non-group parent is laid out at the top level rather than lost.
    const container = parent?.type === 'group' && !isAncestor(n.id, parent.id, byId) ? elkNodes.get(parent.id)! : root;
    (container.children ??= []).push(elkNodes.get(n.id)!);
  }
  const isLeaf = (id: string): boolean => {
    const n = byId.get(id);
    return n !== undefined && n.type !== 'group';
  };
  root.edges = edges
    .filter((e) => isLeaf(e.source) && isLeaf(e.target))
    .map((e): ElkExtendedEdge => ({ id: e.id, sources: [e.source], targets: [e.target] }));
  return root;
}

/** True when `id` is `candidate` or one of its ancestors: guards against parent cycles in a corrupt document. */
function isAncestor(id: string, candidate: string, byId: Map<string, FlowNode>): boolean {
  let current: string | undefined = candidate;
  for (let depth = 0; current !== undefined && depth <= byId.size; depth++) {
    if (current === id) return true;
    current = byId.get(current)?.parentId;
  }
  return current !== undefined;
}
