import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { ConnectionFlowEdge, FlowNode } from '../flowTypes';
import { toElkGraph, type LayoutDirection } from './elkGraph';

export type { LayoutDirection } from './elkGraph';

type XY = { x: number; y: number };
type Size = { width: number; height: number };

export interface LayoutResult {
  /** Where each node goes; a child's position is relative to its group, as React Flow expects. */
  positions: Map<string, XY>;
  /** New sizes for groups that hold children (they grow or shrink to fit them). */
  sizes: Map<string, Size>;
}

// One instance for the app: creating ELK loads its (large) layout engine each time.
let elk: InstanceType<typeof ELK> | undefined;

/**
 * Lay the canvas out with ELK's layered algorithm, left to right or top to bottom. A pure function
 * of its input (ELK runs with a fixed seed), so the same design always gets the same layout.
 */
export async function autoLayout(nodes: FlowNode[], edges: ConnectionFlowEdge[], direction: LayoutDirection): Promise<LayoutResult> {
  elk ??= new ELK();
  const laidOut = await elk.layout(toElkGraph(nodes, edges, direction));
  const positions = new Map<string, XY>();
  const sizes = new Map<string, Size>();
  const groups = new Set(nodes.filter((n) => n.type === 'group').map((n) => n.id));
  // ELK gives each child's coordinates relative to its compound parent, the React Flow convention.
  const visit = (node: ElkNode): void => {
    for (const child of node.children ?? []) {
      positions.set(child.id, { x: round(child.x ?? 0), y: round(child.y ?? 0) });
      if (groups.has(child.id) && child.children?.length) sizes.set(child.id, { width: round(child.width ?? 0), height: round(child.height ?? 0) });
      visit(child);
    }
  };
  visit(laidOut);
  return { positions, sizes };
}

// Whole pixels keep the saved document tidy and the result stable across runs.
const round = (v: number): number => Math.round(v);
