import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { farBuckets, sameFarItems, type FarItem } from '../../../renderer/src/editor/edges/farEdgeBuckets';
import { curveBetween } from '../../../renderer/src/editor/edges/curve';
import type { Box } from '../../../renderer/src/editor/edges/floatingGeometry';

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
    expect(sync.curves).toBe(curveBetween(a, b)[0] + curveBetween(c, a)[0]);
    expect(sync.arrows.match(/Z/g)).toHaveLength(2);
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
