import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { farBuckets, sameFarItems, type FarItem } from '../../../renderer/src/editor/edges/farEdgeBuckets';
import { curveBetween } from '../../../renderer/src/editor/edges/curve';
import type { Box } from '../../../renderer/src/editor/edges/floatingGeometry';

const numbers = (path: string): number[] => [...path.matchAll(/-?[\d.]+(?:e-?\d+)?/g)].map((m) => Number(m[0]));
const box = (x: number, y: number): Box => ({ x, y, w: 184, h: 72 });
const item = (id: string, kind: string, selected: boolean, from: Box, to: Box): FarItem => ({ id, kind, selected, from, to });

describe('far-out connection buckets', () => {
  it('draws each look as one path of curves, in id order, and one of closed arrowheads', () => {
    const [a, b, c] = [box(0, 0), box(400, 0), box(0, 300)];
    const buckets = farBuckets([item('e1', 'sync', false, a, b), item('e2', 'replication', false, b, c), item('e3', 'sync', false, c, a), item('e4', 'sync', true, a, c)]);
    expect(buckets.map((x) => [x.kind, x.selected, x.ids])).toEqual([
      ['replication', false, 'e2'],
      ['sync', false, 'e1 e3'],
      ['sync', true, 'e4'],
    ]);
    const sync = buckets[1]!;
    expect(sync.curves.match(/M/g)).toHaveLength(2);
    expect(numbers(sync.curves)).toEqual([...numbers(curveBetween(a, b)[0]), ...numbers(curveBetween(c, a)[0])].map(Math.round));
    expect(sync.arrows.match(/Z/g)).toHaveLength(2);
  });

  it("draws React Flow's bezier, to the nearest flow unit, wherever the blocks are", () => {
    const coordinate = fc.double({ min: -5000, max: 5000, noNaN: true });
    fc.assert(
      fc.property(coordinate, coordinate, coordinate, coordinate, (x1, y1, x2, y2) => {
        const [from, to] = [{ x: x1, y: y1, w: 184, h: 72 }, { x: x2, y: y2, w: 120, h: 90 }];
        const { curves } = farBuckets([item('e', 'sync', false, from, to)])[0]!;
        const expected = numbers(curveBetween(from, to)[0]);
        expect(numbers(curves)).toHaveLength(8);
        expect(expected).toHaveLength(8);
        numbers(curves).forEach((n, i) => expect(Math.abs(n - expected[i]!)).toBeLessThanOrEqual(0.5));
      }),
    );
  });

  it('puts the arrow tip at the curve end, on the target side, pointing into the target', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2000, max: 2000 }), fc.integer({ min: -2000, max: 2000 }), (x, y) => {
        const from = box(0, 0);
        const to = box(x, y);
        const { curves, arrows } = farBuckets([item('e', 'sync', false, from, to)])[0]!;
        const end = curves.trim().split(/[ ,C]+/).slice(-2).map(Number);
        const [tip, p1, p2] = [...arrows.matchAll(/[ML](-?[\d.e-]+),(-?[\d.e-]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
        expect(tip![0]).toBeCloseTo(end[0]!, 6);
        expect(tip![1]).toBeCloseTo(end[1]!, 6);
        // The base's midpoint is outside the target box: the arrow points into it.
        const mid = [(p1![0] + p2![0]) / 2, (p1![1] + p2![1]) / 2];
        const inside = mid[0]! > to.x && mid[0]! < to.x + to.w && mid[1]! > to.y && mid[1]! < to.y + to.h;
        expect(inside).toBe(false);
        // The tip is on the target's border.
        const onBorder = Math.abs(tip![0] - to.x) < 1e-6 || Math.abs(tip![0] - to.x - to.w) < 1e-6 || Math.abs(tip![1] - to.y) < 1e-6 || Math.abs(tip![1] - to.y - to.h) < 1e-6;
        expect(onBorder).toBe(true);
      }),
    );
  });

  it('tells lists that draw the same apart from those that do not', () => {
    const [a, b] = [box(0, 0), box(400, 0)];
    const one = [item('e1', 'sync', false, a, b)];
    expect(sameFarItems(one, [item('e1', 'sync', false, a, b)])).toBe(true);
    expect(sameFarItems(one, [item('e1', 'sync', true, a, b)])).toBe(false);
    expect(sameFarItems(one, [item('e1', 'sync', false, a, box(400, 0))])).toBe(false);
    expect(sameFarItems(one, [])).toBe(false);
  });
});
