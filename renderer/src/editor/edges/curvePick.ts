/**
 * Which connection a point is on, from the curves' geometry rather than the DOM: far out each
 * connection is one thin path with no hit area of its own (see EdgeLayer), so a click there is
 * matched to the nearest curve here. Pure, so it is tested without a browser.
 */

type Point = { x: number; y: number };

/** The four points of a cubic bezier path "M x,y C x1,y1 x2,y2 x,y" (React Flow's getBezierPath, or the far-out layer's compact farCurve), or null for any other path. */
export function parseCubic(path: string): number[] | null {
  const numbers = path.match(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi);
  if (!/^\s*M/.test(path) || !path.includes('C') || numbers?.length !== 8) return null;
  return numbers.map(Number);
}

const STEPS = 64;
const REFINE = 40;
const GOLDEN = (Math.sqrt(5) - 1) / 2;

function pointAt(c: readonly number[], t: number): [number, number] {
  const u = 1 - t;
  const [a, b, d, e] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
  return [a * c[0]! + b * c[2]! + d * c[4]! + e * c[6]!, a * c[1]! + b * c[3]! + d * c[5]! + e * c[7]!];
}

/**
 * Distance from `p` to the cubic `c` (8 numbers): 64 samples along the curve, then a golden-section
 * search around every sample that can be next to the nearest point. A polyline alone can sit more than a pixel
 * off a long curve (1.5 units at 2,000 units span), and a curve between blocks that nearly touch
 * loops back on itself, so the nearest sample alone can lie on the wrong stretch.
 */
export function distanceToCubic(p: Point, c: readonly number[]): number {
  const dist = (t: number) => {
    const [x, y] = pointAt(c, t);
    return Math.hypot(p.x - x, p.y - y);
  };
  const samples = new Float64Array(STEPS + 1);
  for (let i = 0; i <= STEPS; i++) samples[i] = dist(i / STEPS);
  // The nearest point lies within a segment of some sample, so every sample nearer than the nearest
  // one plus the longest segment is refined, not only the nearest (a looping curve has several).
  let nearest = Infinity;
  let longest = 0;
  for (let i = 0; i <= STEPS; i++) {
    nearest = Math.min(nearest, samples[i]!);
    if (i > 0) {
      const [ax, ay] = pointAt(c, (i - 1) / STEPS);
      const [bx, by] = pointAt(c, i / STEPS);
      longest = Math.max(longest, Math.hypot(bx - ax, by - ay));
    }
  }
  let best = nearest;
  for (let i = 0; i <= STEPS; i++) {
    if (samples[i]! > nearest + longest) continue;
    let lo = Math.max(0, (i - 1) / STEPS);
    let hi = Math.min(1, (i + 1) / STEPS);
    for (let k = 0; k < REFINE; k++) {
      const m1 = hi - GOLDEN * (hi - lo);
      const m2 = lo + GOLDEN * (hi - lo);
      if (dist(m1) < dist(m2)) hi = m2;
      else lo = m1;
    }
    best = Math.min(best, dist((lo + hi) / 2));
  }
  return best;
}

/**
 * The id of the curve nearest `p` within `tolerance` (same units as the paths), or undefined.
 * A curve lies inside the box of its four points, so most are skipped without sampling.
 */
export function pickCurve(p: Point, curves: Iterable<{ id: string; path: string }>, tolerance: number): string | undefined {
  let best: string | undefined;
  let bestDistance = tolerance;
  for (const { id, path } of curves) {
    const c = parseCubic(path);
    if (!c) continue;
    if (p.x < Math.min(c[0]!, c[2]!, c[4]!, c[6]!) - tolerance || p.x > Math.max(c[0]!, c[2]!, c[4]!, c[6]!) + tolerance) continue;
    if (p.y < Math.min(c[1]!, c[3]!, c[5]!, c[7]!) - tolerance || p.y > Math.max(c[1]!, c[3]!, c[5]!, c[7]!) + tolerance) continue;
    const d = distanceToCubic(p, c);
    if (d <= bestDistance) [best, bestDistance] = [id, d];
  }
  return best;
}
