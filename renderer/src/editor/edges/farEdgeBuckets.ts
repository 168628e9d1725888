import { farCurve } from './curve';
import type { Box } from './floatingGeometry';

/** A connection as the far-out layer draws it. */
export interface FarItem {
  id: string;
  kind: string;
  selected: boolean;
  from: Box;
  to: Box;
}

/** The connections of one look (kind, selected or not), drawn as one path of curves and one of arrowheads. */
export interface FarBucket {
  kind: string;
  selected: boolean;
  /** Space-separated ids, in the order of the curves' subpaths: what the curves are, for tests and tools. */
  ids: string;
  curves: string;
  arrows: string;
}

// Boxes are one object per block while it stays put (cachedBox): a connection between two boxes
// already drawn is not computed again, so re-drawing the layer costs only the joins, and picking
// a connection by a click (useFarEdgePicking) reads the curves drawn.
const drawn = new WeakMap<Box, WeakMap<Box, [string, string]>>();
export function cachedFarCurve(from: Box, to: Box): [curve: string, arrow: string] {
  let byTarget = drawn.get(from);
  if (!byTarget) drawn.set(from, (byTarget = new WeakMap()));
  let curve = byTarget.get(to);
  if (!curve) byTarget.set(to, (curve = farCurve(from, to)));
  return curve;
}

/** Group connections by look; unselected ones first, so the selected are painted over them. */
export function farBuckets(items: readonly FarItem[]): FarBucket[] {
  const byLook = new Map<string, { kind: string; selected: boolean; ids: string[]; curves: string[]; arrows: string[] }>();
  for (const item of items) {
    const look = `${item.selected ? 1 : 0} ${item.kind}`;
    let bucket = byLook.get(look);
    if (!bucket) byLook.set(look, (bucket = { kind: item.kind, selected: item.selected, ids: [], curves: [], arrows: [] }));
    const [curve, arrow] = cachedFarCurve(item.from, item.to);
    bucket.ids.push(item.id);
    bucket.curves.push(curve);
    bucket.arrows.push(arrow);
  }
  return [...byLook.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, b]) => ({ kind: b.kind, selected: b.selected, ids: b.ids.join(' '), curves: b.curves.join(''), arrows: b.arrows.join('') }));
}

/** Whether two item lists would draw the same (the layer re-renders on every node change). */
export function sameFarItems(a: readonly FarItem[], b: readonly FarItem[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.id !== y.id || x.kind !== y.kind || x.selected !== y.selected || x.from !== y.from || x.to !== y.to) return false;
  }
  return true;
}
