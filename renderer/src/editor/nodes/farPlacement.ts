import type { FlowNode } from '../flowTypes';

const placed = new WeakMap<FlowNode, FlowNode>();

/**
 * Far out, top-level blocks, notes and groups are placed by left/top instead of React Flow's
 * translate (its node wrapper spreads a node's style after its own transform). A transform per
 * node makes each its own paint chunk, and Chrome re-sorts every chunk whenever anything is
 * painted: at 1,000 blocks that was a third of each drag frame, and more at 5,000. Group members
 * keep React Flow's placement (their position is relative to the group). One placed object per
 * node object, so React Flow sees a change only where a node changed.
 */
export function placedByOffset(nodes: FlowNode[]): FlowNode[] {
  return nodes.map((n) => {
    if (n.parentId) return n;
    let p = placed.get(n);
    if (!p) placed.set(n, (p = { ...n, style: { ...n.style, transform: 'none', left: n.position.x, top: n.position.y } }));
    return p;
  });
}
