/** Where a block added from the keyboard (or by a click in the palette) goes. Pure, so it is unit-tested. */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

type XY = { x: number; y: number };

/** Room left between a new block and the one it follows, wide enough for a connection's arrow. */
export const GAP = 80;

const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The first spot from `start`, stepping by `step`, where a box of `size` overlaps nothing taken. */
function firstFree(start: XY, step: XY, size: { width: number; height: number }, taken: readonly Box[]): XY {
  let spot = start;
  // Bounded: a canvas crowded beyond this takes the last spot tried rather than hang the editor.
  for (let i = 0; i < 200; i++) {
    const box = { ...spot, ...size };
    if (!taken.some((t) => overlaps(box, t))) return spot;
    spot = { x: spot.x + step.x, y: spot.y + step.y };
  }
  return spot;
}

/**
 * Beside the last block (the one added or selected last): to its right, or, when that runs past
 * the right edge of the view, at the start of a new row below (the caller scrolls it into view). With nothing to follow, at the
 * view's centre. Never on top of another node, so blocks added one after another never stack.
 */
export function placeNew(args: { anchor: Box | null; centre: XY; view: Box | null; size: { width: number; height: number }; taken: readonly Box[] }): XY {
  const { anchor, centre, view, size, taken } = args;
  const down = { x: 0, y: size.height + GAP / 2 };
  if (!anchor) return firstFree({ x: centre.x - size.width / 2, y: centre.y - size.height / 2 }, { x: size.width + GAP, y: 0 }, size, taken);
  const right = { x: anchor.x + anchor.width + GAP, y: anchor.y };
  if (!view || right.x + size.width <= view.x + view.width) return firstFree(right, down, size, taken);
  // A new row, as a typewriter does: from the view's left edge, below the block followed.
  return firstFree({ x: view.x + GAP / 2, y: anchor.y + anchor.height + GAP }, { x: size.width + GAP, y: 0 }, size, taken);
}
