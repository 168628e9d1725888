import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GAP, placeNew, type Box } from '../../../renderer/src/editor/keyboard/placement';
import { nextSelectionOrder } from '../../../renderer/src/editor/keyboard/nextSelectionOrder';

const size = { width: 184, height: 72 };
const view: Box = { x: 0, y: 0, width: 1000, height: 700 };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('placing a block added by keyboard', () => {
  it('puts the first block at the centre of the view', () => {
    expect(placeNew({ anchor: null, centre: { x: 500, y: 350 }, view, size, taken: [] })).toEqual({ x: 408, y: 314 });
  });

  it('puts the next block to the right of the last one, a gap apart, on the same line', () => {
    const anchor = { x: 100, y: 200, width: 160, height: 48 };
    expect(placeNew({ anchor, centre: { x: 500, y: 350 }, view, size, taken: [anchor] })).toEqual({ x: 100 + 160 + GAP, y: 200 });
  });

  it('starts a new row at the left of the view when the right side runs out', () => {
    const anchor = { x: 800, y: 200, width: 160, height: 48 };
    expect(placeNew({ anchor, centre: { x: 500, y: 350 }, view, size, taken: [anchor] })).toEqual({ x: GAP / 2, y: 200 + 48 + GAP });
  });

  it('steps past a block already where the new one would go', () => {
    const anchor = { x: 100, y: 200, width: 160, height: 48 };
    const inTheWay = { x: 340, y: 210, width: 160, height: 48 };
    const spot = placeNew({ anchor, centre: { x: 500, y: 350 }, view, size, taken: [anchor, inTheWay] });
    expect(overlaps({ ...spot, ...size }, inTheWay)).toBe(false);
    expect(spot.x).toBe(340);
  });

  it('never lands on a node, wherever the others are', () => {
    const box = fc.record({ x: fc.integer({ min: -500, max: 1500 }), y: fc.integer({ min: -500, max: 1200 }), width: fc.integer({ min: 40, max: 300 }), height: fc.integer({ min: 30, max: 200 }) });
    fc.assert(
      fc.property(fc.array(box, { maxLength: 30 }), fc.option(box, { nil: null }), (taken, anchor) => {
        const spot = placeNew({ anchor, centre: { x: 500, y: 350 }, view, size, taken: anchor ? [...taken, anchor] : taken });
        return [...taken, ...(anchor ? [anchor] : [])].every((t) => !overlaps({ ...spot, ...size }, t));
      }),
    );
  });
});

describe('selection order', () => {
  it('adds newly selected blocks at the end and keeps the order of those still selected', () => {
    expect(nextSelectionOrder([], ['a'])).toEqual(['a']);
    expect(nextSelectionOrder(['c'], ['a', 'c'])).toEqual(['c', 'a']);
    expect(nextSelectionOrder(['c', 'a'], ['a', 'b', 'c'])).toEqual(['c', 'a', 'b']);
  });

  it('forgets blocks no longer selected', () => {
    expect(nextSelectionOrder(['c', 'a', 'b'], ['b', 'c'])).toEqual(['c', 'b']);
    expect(nextSelectionOrder(['c', 'a'], [])).toEqual([]);
  });
});
