import { Position, type InternalNode } from '@xyflow/react';

type Side = { x: number; y: number; position: Position };

/**
 * Where a connection leaves and enters its blocks: the middle of the sides that face each other,
 * as draw.io does, so edges never loop around a block whatever handle started them.
 */
export function facingSides(source: InternalNode, target: InternalNode): { from: Side; to: Side } {
  const s = box(source);
  const t = box(target);
  const dx = t.cx - s.cx;
  const dy = t.cy - s.cy;
  // Compare in units of the blocks' own size so wide blocks still connect side to side.
  const horizontal = Math.abs(dx) / (s.w / 2 + t.w / 2 + 1) >= Math.abs(dy) / (s.h / 2 + t.h / 2 + 1);
  if (horizontal) {
    return dx >= 0
      ? { from: { x: s.x + s.w, y: s.cy, position: Position.Right }, to: { x: t.x, y: t.cy, position: Position.Left } }
      : { from: { x: s.x, y: s.cy, position: Position.Left }, to: { x: t.x + t.w, y: t.cy, position: Position.Right } };
  }
  return dy >= 0
    ? { from: { x: s.cx, y: s.y + s.h, position: Position.Bottom }, to: { x: t.cx, y: t.y, position: Position.Top } }
    : { from: { x: s.cx, y: s.y, position: Position.Top }, to: { x: t.cx, y: t.y + t.h, position: Position.Bottom } };
}

function box(node: InternalNode) {
  const { x, y } = node.internals.positionAbsolute;
  const w = node.measured.width ?? node.width ?? 0;
  const h = node.measured.height ?? node.height ?? 0;
  return { x, y, w, h, cx: x + w / 2, cy: y + h / 2 };
}
