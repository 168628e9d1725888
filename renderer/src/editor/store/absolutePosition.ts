import type { FlowNode } from '../flowTypes';

/** Where a node is in flow coordinates: group members are placed relative to their group. Pure, so view code can use it without the editor store. */
export function absolutePosition(n: FlowNode, byId: Map<string, FlowNode>): { x: number; y: number } {
  let x = n.position.x;
  let y = n.position.y;
  let parent = n.parentId ? byId.get(n.parentId) : undefined;
  for (let depth = 0; parent && depth < 50; depth++) {
    x += parent.position.x;
    y += parent.position.y;
    parent = parent.parentId ? byId.get(parent.parentId) : undefined;
  }
  return { x, y };
}
