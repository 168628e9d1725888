import type { ConnectionFlowEdge, FlowNode } from '../flowTypes';
import { handleIdAt } from '../nodes/sides';
import { absolutePosition } from '../store/absolutePosition';
import { facingSides, type Box } from './floatingGeometry';

/**
 * The handles a selected connection's ends are drawn at. React Flow puts its reconnect grab
 * circles on the edge's stored handles, but a floating connection leaves by whichever sides face
 * each other now (the block may have moved since it was connected), so each selected edge is
 * handed the handles on those sides. View only: the document keeps what was connected.
 * Returns a key that changes only when one of those handles does, so the canvas re-derives its
 * edges (and React Flow re-reads them) only then, not on every frame of a drag.
 */
export function selectedEdgeEnds(edges: readonly ConnectionFlowEdge[], nodes: readonly FlowNode[]): Map<string, { sourceHandle: string; targetHandle: string }> {
  const ends = new Map<string, { sourceHandle: string; targetHandle: string }>();
  let selected = 0;
  for (const e of edges) if (e.selected) selected++;
  // Nobody reconnects one of a hundred selected connections; offering it would cost every frame.
  if (selected === 0 || selected > MAX_RECONNECTABLE) return ends;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const e of edges) {
    if (!e.selected) continue;
    const s = absoluteBox(byId.get(e.source), byId);
    const t = absoluteBox(byId.get(e.target), byId);
    if (!s || !t) continue;
    const { from, to } = facingSides(s, t);
    ends.set(e.id, { sourceHandle: handleIdAt(from.position), targetHandle: handleIdAt(to.position) });
  }
  return ends;
}

/** Above this many selected connections none offers its ends (Ctrl+A on a large design). */
export const MAX_RECONNECTABLE = 20;

export const endsKey = (ends: Map<string, { sourceHandle: string; targetHandle: string }>): string =>
  [...ends].map(([id, h]) => `${id}:${h.sourceHandle}${h.targetHandle}`).join(' ');

/** A node's rectangle in flow coordinates: group members are placed relative to their group. */
function absoluteBox(node: FlowNode | undefined, byId: Map<string, FlowNode>): Box | undefined {
  if (!node) return undefined;
  const { x, y } = absolutePosition(node, byId);
  return { x, y, w: node.measured?.width ?? node.width ?? 0, h: node.measured?.height ?? node.height ?? 0 };
}
