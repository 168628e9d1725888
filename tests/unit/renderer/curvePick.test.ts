import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { curveBetween, farCurve } from '../../../renderer/src/editor/edges/curve';
import { distanceToCubic, parseCubic, pickCurve } from '../../../renderer/src/editor/edges/curvePick';

const box = (x: number, y: number) => ({ x, y, w: 160, h: 60 });

describe('picking a far-out connection by geometry', () => {
  it('reads the four points of React Flow bezier paths, and nothing else', () => {
    const [path] = curveBetween(box(0, 0), box(400, 50));
    const c = parseCubic(path)!;
    expect(c).toHaveLength(8);
    // From the right side of the first block to the left side of the second.
    expect([c[0], c[1], c[6], c[7]]).toEqual([160, 30, 400, 80]);
    expect(parseCubic('M0,0 L10,10')).toBeNull();
    expect(parseCubic('')).toBeNull();
  });

  it('measures a point on the curve as on it, and one beside a straight line by its offset', () => {
    const straight = parseCubic('M0,0 C50,0 50,0 100,0')!;
    expect(distanceToCubic({ x: 30, y: 0 }, straight)).toBeCloseTo(0);
    expect(distanceToCubic({ x: 30, y: 5 }, straight)).toBeCloseTo(5);
    expect(distanceToCubic({ x: 130, y: 0 }, straight)).toBeCloseTo(30);
  });

  it('every point the curve passes through is at distance 0 and picks it, whatever the blocks', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2000, max: 2000 }), fc.integer({ min: -2000, max: 2000 }), fc.double({ min: 0, max: 1, noNaN: true }), (x, y, t) => {
        const [path] = curveBetween(box(0, 0), box(x, y));
        const c = parseCubic(path)!;
        const u = 1 - t;
        const point = {
          x: u ** 3 * c[0]! + 3 * u * u * t * c[2]! + 3 * u * t * t * c[4]! + t ** 3 * c[6]!,
          y: u ** 3 * c[1]! + 3 * u * u * t * c[3]! + 3 * u * t * t * c[5]! + t ** 3 * c[7]!,
        };
        expect(distanceToCubic(point, c)).toBeLessThan(1e-6);
        expect(pickCurve(point, [{ id: 'e', path }], 1.5)).toBe('e');
      }),
      // A long curve whose 24-segment polyline lay 1.5000000000000042 units off this point, and a
      // curve between blocks that nearly touch, which loops back near its start.
      { examples: [[1161, 1454, 0.0193], [1, -1, 0.001487518083003297], [1, 1, 0.001487518083003224], [-120, 1, 0.17190894453328184]] },
    );
  });

  it('measures the true distance beside a long curve, not the distance to a sampled polyline', () => {
    const [path] = curveBetween(box(0, 0), box(1161, 1454));
    const c = parseCubic(path)!;
    const t = 0.0193;
    const u = 1 - t;
    const on = {
      x: u ** 3 * c[0]! + 3 * u * u * t * c[2]! + 3 * u * t * t * c[4]! + t ** 3 * c[6]!,
      y: u ** 3 * c[1]! + 3 * u * u * t * c[3]! + 3 * u * t * t * c[5]! + t ** 3 * c[7]!,
    };
    // The tangent there, turned a quarter: a step of 2 units along the normal is 2 units off.
    const dx = 3 * u * u * (c[2]! - c[0]!) + 6 * u * t * (c[4]! - c[2]!) + 3 * t * t * (c[6]! - c[4]!);
    const dy = 3 * u * u * (c[3]! - c[1]!) + 6 * u * t * (c[5]! - c[3]!) + 3 * t * t * (c[7]! - c[5]!);
    const len = Math.hypot(dx, dy);
    const off = { x: on.x - (2 * dy) / len, y: on.y + (2 * dx) / len };
    expect(distanceToCubic(off, c)).toBeCloseTo(2, 3);
  });

  it('picks the nearest of several within the tolerance, and none beyond it', () => {
    const curves = [
      { id: 'top', path: 'M0,0 C50,0 50,0 100,0' },
      { id: 'low', path: 'M0,10 C50,10 50,10 100,10' },
    ];
    expect(pickCurve({ x: 50, y: 3 }, curves, 6)).toBe('top');
    expect(pickCurve({ x: 50, y: 8 }, curves, 6)).toBe('low');
    expect(pickCurve({ x: 50, y: 30 }, curves, 6)).toBeUndefined();
    expect(pickCurve({ x: 120, y: 0 }, curves, 6)).toBeUndefined();
  });
});

describe('picking from the far-out drawing', () => {
  it('reads the compact whole-unit curves the far-out layer draws, and picks a point on one', () => {
    const from = { x: 0, y: 0, w: 184, h: 72 };
    const to = { x: 400.4, y: 150.6, w: 184, h: 72 };
    const [curve] = farCurve(from, to);
    const c = parseCubic(curve)!;
    expect(c).toHaveLength(8);
    expect(c.every(Number.isInteger)).toBe(true);
    const mid = { x: (c[0]! + 3 * c[2]! + 3 * c[4]! + c[6]!) / 8, y: (c[1]! + 3 * c[3]! + 3 * c[5]! + c[7]!) / 8 };
    expect(pickCurve(mid, [{ id: 'e', path: curve }], 1)).toBe('e');
  });
});
