import type { FlowNode } from '../flowTypes';

const placed = new WeakMap<FlowNode, FlowNode>();

type Handles = NonNullable<FlowNode['handles']>;
/** The one empty handle list far-out blocks carry: skipRemeasure recognises them by it. */
export const NO_HANDLES: Handles = [];

/**
 * The nodes as React Flow gets them far out, one object per node object (so React Flow sees a
 * change only where a node changed):
 * - Top-level blocks, notes and groups are placed by left/top instead of React Flow's translate
 *   (its node wrapper spreads a node's style after its own transform). A transform per node makes
 *   each its own paint chunk, and Chrome re-sorts every chunk whenever anything is painted: at
 *   1,000 blocks that was a third of each drag frame, and more at 5,000. Group members keep React
 *   Flow's placement (their position is relative to the group).
 * - Blocks say they have no handles, which is true far out (BlockNode mounts none). Otherwise
 *   React Flow's first measuring of a block, finding no handles on record, records the empty set
 *   in a new node object and re-renders every block once more: half a second when a 5,000-block
 *   design opens. Zoomed back in, the nodes come without `handles`, React Flow keeps what it has
 *   and re-measures the real handles (measureHandles).
 */
export function farFlowNodes(nodes: FlowNode[]): FlowNode[] {
  return nodes.map((n) => {
    let p = placed.get(n);
    if (!p) placed.set(n, (p = farNode(n)));
    return p;
  });
}

function farNode(n: FlowNode): FlowNode {
  const handles = n.type === 'block' ? { handles: NO_HANDLES } : {};
  if (n.parentId) return { ...n, ...handles };
  return { ...n, ...handles, style: { ...n.style, transform: 'none', left: n.position.x, top: n.position.y } };
}
