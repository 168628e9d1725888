import { Position, type InternalNode } from '@xyflow/react';

type Side = { x: number; y: number; position: Position };
/** A block's rectangle in flow coordinates (absolute, not relative to a group). */
export type Box = { x: number; y: number; w: number; h: number };

/**
 * Where a connection leaves and enters its blocks: the middle of the sides that face each other,
 * as draw.io does, so edges never loop around a block whatever handle started them.
 */
export function facingSides(source: Box, target: Box): { from: Side; to: Side } {
  const s = withCentre(source);
  const t = withCentre(target);
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

// One box object per block for as long as its box stays the same, so the memoised drawings of
// connections whose blocks did not move are skipped. React Flow replaces a block's internal node
// whenever it moves or is measured, and measures every block once after they mount (a new
// object, the same box): keyed by object alone, that pass re-drew every connection.
const boxes = new WeakMap<InternalNode, Box>();
const lastBox = new Map<string, Box>();
export function cachedBox(node: InternalNode): Box {
  let box = boxes.get(node);
  if (box) return box;
  const fresh = internalBox(node);
  const last = lastBox.get(node.id);
  box = last && last.x === fresh.x && last.y === fresh.y && last.w === fresh.w && last.h === fresh.h ? last : fresh;
  lastBox.set(node.id, box);
  boxes.set(node, box);
  return box;
}

/** Let go of every remembered box (the canvas closed: its blocks are gone). */
export function forgetBoxes(): void {
  lastBox.clear();
}

export function internalBox(node: InternalNode): Box {
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, w: node.measured.width ?? node.width ?? 0, h: node.measured.height ?? node.height ?? 0 };
}

const withCentre = (b: Box) => ({ ...b, cx: b.x + b.w / 2, cy: b.y + b.h / 2 });
