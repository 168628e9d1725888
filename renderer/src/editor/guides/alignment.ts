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

const widthOf = (n: FlowNode): number => n.measured?.width ?? n.width ?? 0;
const heightOf = (n: FlowNode): number => n.measured?.height ?? n.height ?? 0;
const box = (n: FlowNode, position = n.position): Box => ({ x: position.x, y: position.y, w: widthOf(n), h: heightOf(n) });

/**
 * Alignment guides for one dragged node against its siblings (same parent): left, centre and
 * right edges line up vertically, top, middle and bottom horizontally. Returns the snapped
 * position and the lines to draw. One pass over the nodes, with no box or array per node (only a
 * new best candidate is an object): it runs on every frame of a drag, over every block.
 */
export function alignTo(dragged: FlowNode, position: { x: number; y: number }, nodes: readonly FlowNode[]): { position: { x: number; y: number }; guides: Guides } {
  const d = box(dragged, position);
  let bestX: { delta: number; line: number; other: FlowNode } | null = null;
  let bestY: { delta: number; line: number; other: FlowNode } | null = null;
  for (const n of nodes) {
    if (n.id === dragged.id || n.parentId !== dragged.parentId || n.type === 'group') continue;
    const w = widthOf(n);
    if (w === 0) continue;
    const h = heightOf(n);
    // Each of the dragged block's three lines against each of the other's three, per axis.
    for (let i = 0; i < 3; i++) {
      const dragX = d.x + (d.w * i) / 2;
      const dragY = d.y + (d.h * i) / 2;
      for (let j = 0; j < 3; j++) {
        const ox = n.position.x + (w * j) / 2;
        const dx = ox - dragX;
        if (Math.abs(dx) <= SNAP_DISTANCE && (!bestX || Math.abs(dx) < Math.abs(bestX.delta))) bestX = { delta: dx, line: ox, other: n };
        const oy = n.position.y + (h * j) / 2;
        const dy = oy - dragY;
        if (Math.abs(dy) <= SNAP_DISTANCE && (!bestY || Math.abs(dy) < Math.abs(bestY.delta))) bestY = { delta: dy, line: oy, other: n };
      }
    }
  }
  const snapped = { x: position.x + (bestX?.delta ?? 0), y: position.y + (bestY?.delta ?? 0) };
  const ox = bestX && box(bestX.other);
  const oy = bestY && box(bestY.other);
  return {
    position: snapped,
    guides: {
      vertical: bestX && ox ? { x: bestX.line, y1: Math.min(snapped.y, ox.y), y2: Math.max(snapped.y + d.h, ox.y + ox.h) } : null,
      horizontal: bestY && oy ? { y: bestY.line, x1: Math.min(snapped.x, oy.x), x2: Math.max(snapped.x + d.w, oy.x + oy.w) } : null,
    },
  };
}
