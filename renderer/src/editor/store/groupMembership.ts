import type { FlowNode } from '../flowTypes';
import { commit, useEditor } from './editorStore';
import { absolutePosition } from './absolutePosition';

const DEFAULT_SIZE = { width: 180, height: 52 };

function sizeOf(n: FlowNode): { width: number; height: number } {
  return { width: n.width ?? n.measured?.width ?? DEFAULT_SIZE.width, height: n.height ?? n.measured?.height ?? DEFAULT_SIZE.height };
}

/**
 * After a drag, a block or note belongs to the innermost group its centre lies in (and moves with
 * it from then on); dragged out of every group, it stands alone. Positions stay where the user
 * dropped them: they are rebased to the new parent.
 */
export function reparentNodes(ids: string[]): void {
  const nodes = useEditor.getState().nodes;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const groups = nodes.filter((n) => n.type === 'group');
  if (groups.length === 0 && !ids.some((id) => byId.get(id)?.parentId)) return;
  const moved = new Map<string, FlowNode>();
  for (const id of ids) {
    const node = byId.get(id);
    if (!node || node.type === 'group') continue;
    const abs = absolutePosition(node, byId);
    const size = sizeOf(node);
    const centre = { x: abs.x + size.width / 2, y: abs.y + size.height / 2 };
    let best: FlowNode | undefined;
    let bestArea = Infinity;
    for (const g of groups) {
      const gAbs = absolutePosition(g, byId);
      const gSize = sizeOf(g);
      const inside = centre.x >= gAbs.x && centre.x <= gAbs.x + gSize.width && centre.y >= gAbs.y && centre.y <= gAbs.y + gSize.height;
      if (inside && gSize.width * gSize.height < bestArea) {
        best = g;
        bestArea = gSize.width * gSize.height;
      }
    }
    if ((best?.id ?? undefined) === node.parentId) continue;
    if (best) {
      const gAbs = absolutePosition(best, byId);
      moved.set(id, { ...node, parentId: best.id, position: { x: abs.x - gAbs.x, y: abs.y - gAbs.y } } as FlowNode);
    } else {
      const { parentId: _p, ...rest } = node;
      moved.set(id, { ...rest, position: abs } as FlowNode);
    }
  }
  if (moved.size === 0) return;
  commit({ nodes: nodes.map((n) => moved.get(n.id) ?? n) });
}
