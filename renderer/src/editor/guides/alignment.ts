import type { FlowNode } from '../flowTypes';

/** Distance (in flow units) within which a dragged block snaps to another's edge or centre. */
export const SNAP_DISTANCE = 6;

export interface Guides {
  /** x of a vertical guide line, and the y-range it spans. */
  vertical: { x: number; y1: number; y2: number } | null;
  horizontal: { y: number; x1: number; x2: number } | null;
}

/** Same lines: a drag's frames mostly repeat the previous frame's guides (usually none). */
export function sameGuides(a: Guides, b: Guides): boolean {
  const v = a.vertical === b.vertical || (!!a.vertical && !!b.vertical && a.vertical.x === b.vertical.x && a.vertical.y1 === b.vertical.y1 && a.vertical.y2 === b.vertical.y2);
  const h = a.horizontal === b.horizontal || (!!a.horizontal && !!b.horizontal && a.horizontal.y === b.horizontal.y && a.horizontal.x1 === b.horizontal.x1 && a.horizontal.x2 === b.horizontal.x2);
  return v && h;
}

type Box = { x: number; y: number; w: number; h: number };

const box = (n: FlowNode, position = n.position): Box => ({
  x: position.x,
  y: position.y,
  w: n.measured?.width ?? n.width ?? 0,
  h: n.measured?.height ?? n.height ?? 0,
});

/**
 * Alignment guides for one dragged node against its siblings (same parent): left, centre and
 * right edges line up vertically, top, middle and bottom horizontally. Returns the snapped
 * position and the lines to draw. One pass over the nodes.
 */
export function alignTo(dragged: FlowNode, position: { x: number; y: number }, nodes: readonly FlowNode[]): { position: { x: number; y: number }; guides: Guides } {
  const d = box(dragged, position);
  const xs = [d.x, d.x + d.w / 2, d.x + d.w];
  const ys = [d.y, d.y + d.h / 2, d.y + d.h];
  let bestX: { delta: number; line: number; other: Box } | null = null;
  let bestY: { delta: number; line: number; other: Box } | null = null;
  for (const n of nodes) {
    if (n.id === dragged.id || n.parentId !== dragged.parentId || n.type === 'group') continue;
    const o = box(n);
    if (o.w === 0) continue;
    const oxs = [o.x, o.x + o.w / 2, o.x + o.w];
    const oys = [o.y, o.y + o.h / 2, o.y + o.h];
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        const dx = oxs[j]! - xs[i]!;
        if (Math.abs(dx) <= SNAP_DISTANCE && (!bestX || Math.abs(dx) < Math.abs(bestX.delta))) bestX = { delta: dx, line: oxs[j]!, other: o };
        const dy = oys[j]! - ys[i]!;
        if (Math.abs(dy) <= SNAP_DISTANCE && (!bestY || Math.abs(dy) < Math.abs(bestY.delta))) bestY = { delta: dy, line: oys[j]!, other: o };
      }
    }
  }
  const snapped = { x: position.x + (bestX?.delta ?? 0), y: position.y + (bestY?.delta ?? 0) };
  return {
    position: snapped,
    guides: {
      vertical: bestX ? { x: bestX.line, y1: Math.min(snapped.y, bestX.other.y), y2: Math.max(snapped.y + d.h, bestX.other.y + bestX.other.h) } : null,
      horizontal: bestY ? { y: bestY.line, x1: Math.min(snapped.x, bestY.other.x), x2: Math.max(snapped.x + d.w, bestY.other.x + bestY.other.w) } : null,
    },
  };
}
