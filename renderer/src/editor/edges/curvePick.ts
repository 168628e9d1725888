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

const STEPS = 24;

/** Distance from `p` to the cubic `c` (8 numbers), measured on a 24-segment polyline along it. */
export function distanceToCubic(p: Point, c: readonly number[]): number {
  let best = Infinity;
  let [px, py] = [c[0]!, c[1]!];
  for (let i = 1; i <= STEPS; i++) {
    const t = i / STEPS;
    const u = 1 - t;
    const [a, b, d, e] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
    const x = a * c[0]! + b * c[2]! + d * c[4]! + e * c[6]!;
    const y = a * c[1]! + b * c[3]! + d * c[5]! + e * c[7]!;
    best = Math.min(best, distanceToSegment(p, px, py, x, y));
    [px, py] = [x, y];
  }
  return best;
}

function distanceToSegment(p: Point, x1: number, y1: number, x2: number, y2: number): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - x1) * dx + (p.y - y1) * dy) / len2));
  return Math.hypot(p.x - (x1 + t * dx), p.y - (y1 + t * dy));
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
