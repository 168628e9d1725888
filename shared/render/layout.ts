import type { DesignGroup, DesignNode, EdgeKind } from '../model/design';
import { resolveBlockKind } from '../catalog';
import { measure, LINE_HEIGHT } from './text';

/**
 * Where everything goes, in canvas units: the positions and sizes the canvas uses (groups and
 * their blocks are stored relative to their parent, as React Flow holds them) and the same
 * connection routes (the facing sides of the two blocks, React Flow's bezier).
 */
export type Box = { x: number; y: number; w: number; h: number };

/** Block box constants from .block-node and its children in app.css. */
export const BLOCK = { minWidth: 160, padX: 12, padY: 8, border: 1, gap: 6, icon: 30, iconGap: 10, labelSize: 13, kindSize: 11 };
export const BADGE = { size: 10, padX: 5, height: 16, gap: 3, maxRow: 240 };
export const NOTE_SIZE = { width: 200, height: 120 };
/** The kind sticky notes are stored under; the engine leaves them out (estimate/notes.ts). */
export { NOTE_KIND } from '../estimate/notes';

export interface BlockLayout {
  node: DesignNode;
  box: Box;
  icon: string;
  /** The kind's name under the label when the label is not that name. */
  kindName: string | null;
  known: boolean;
  badges: string[];
  /** The size came from the canvas (ExportOptions.sizes), not from our own metrics. */
  measured: boolean;
}

export interface GroupLayout {
  group: DesignGroup;
  box: Box;
}

export interface EdgeLayout {
  id: string;
  kind: EdgeKind;
  label: string;
  path: string;
  /** Closed arrowhead at the target, as React Flow's ArrowClosed marker draws it. */
  arrow: string;
  labelX: number;
  labelY: number;
  /** The curve's control hull, which holds the curve: what a band of the picture tests it against. */
  hull: Box;
}

/** Absolute origin of every group: its position plus its parents' (a cycle or missing parent stops the walk). */
export function groupOrigins(groups: readonly DesignGroup[]): Map<string, Box> {
  const byId = new Map(groups.map((g) => [g.id, g]));
  const out = new Map<string, Box>();
  const place = (g: DesignGroup, seen: Set<string>): Box => {
    const done = out.get(g.id);
    if (done) return done;
    const parent = g.parentId && !seen.has(g.parentId) ? byId.get(g.parentId) : undefined;
    const origin = parent ? place(parent, seen.add(g.id)) : { x: 0, y: 0 };
    const box = { x: origin.x + g.position.x, y: origin.y + g.position.y, w: g.size.width, h: g.size.height };
    out.set(g.id, box);
    return box;
  };
  for (const g of groups) place(g, new Set());
  return out;
}

/** Badge rows as flex-wrap lays them out within `maxWidth`: the widths of each row's badges. */
export function badgeRows(badges: readonly string[], maxWidth: number): number[][] {
  const rows: number[][] = [];
  let row: number[] = [];
  let used = 0;
  for (const text of badges) {
    const w = badgeWidth(text);
    if (row.length > 0 && used + BADGE.gap + w > maxWidth) {
      rows.push(row);
      row = [];
      used = 0;
    }
    used += (row.length > 0 ? BADGE.gap : 0) + w;
    row.push(w);
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

export const badgeWidth = (text: string): number => measure(text, BADGE.size) + 2 * BADGE.padX + 2;

/** A block's box as its CSS sizes it: icon and text side by side, badges wrapping under them. */
export function blockSize(label: string, kindName: string | null, badges: readonly string[]): { width: number; height: number } {
  const textWidth = Math.max(measure(label, BLOCK.labelSize, 600), kindName ? measure(kindName, BLOCK.kindSize) : 0);
  const main = BLOCK.icon + BLOCK.iconGap + textWidth;
  const badgeTotal = badges.reduce((sum, b, i) => sum + badgeWidth(b) + (i > 0 ? BADGE.gap : 0), 0);
  const content = Math.max(main, Math.min(BADGE.maxRow, badgeTotal));
  const width = Math.max(BLOCK.minWidth, content + 2 * (BLOCK.padX + BLOCK.border));
  const textHeight = BLOCK.labelSize * LINE_HEIGHT + (kindName ? BLOCK.kindSize * LINE_HEIGHT : 0);
  const rows = badges.length > 0 ? badgeRows(badges, Math.min(BADGE.maxRow, width - 2 * (BLOCK.padX + BLOCK.border))).length : 0;
  const badgeHeight = rows > 0 ? BLOCK.gap + rows * BADGE.height + (rows - 1) * BADGE.gap : 0;
  return { width, height: 2 * (BLOCK.padY + BLOCK.border) + Math.max(BLOCK.icon, textHeight) + badgeHeight };
}

export function blockLayout(node: DesignNode, origin: { x: number; y: number }, badges: string[], measured?: { width: number; height: number }): BlockLayout {
  const { kind, known } = resolveBlockKind(node.kind);
  const kindName = node.label !== kind.name ? (known ? kind.name : node.kind) : null;
  const size = measured ?? blockSize(node.label, kindName, badges);
  return { node, icon: kind.icon, known, kindName, badges, measured: measured !== undefined, box: { x: origin.x + node.position.x, y: origin.y + node.position.y, w: size.width, h: size.height } };
}

type Side = { x: number; y: number; dir: [number, number] };

/** The middle of the sides of two boxes that face each other (renderer's floatingGeometry.ts). */
export function facingSides(s: Box, t: Box): { from: Side; to: Side } {
  const [scx, scy, tcx, tcy] = [s.x + s.w / 2, s.y + s.h / 2, t.x + t.w / 2, t.y + t.h / 2];
  const dx = tcx - scx;
  const dy = tcy - scy;
  const horizontal = Math.abs(dx) / (s.w / 2 + t.w / 2 + 1) >= Math.abs(dy) / (s.h / 2 + t.h / 2 + 1);
  if (horizontal) {
    return dx >= 0
      ? { from: { x: s.x + s.w, y: scy, dir: [1, 0] }, to: { x: t.x, y: tcy, dir: [-1, 0] } }
      : { from: { x: s.x, y: scy, dir: [-1, 0] }, to: { x: t.x + t.w, y: tcy, dir: [1, 0] } };
  }
  return dy >= 0
    ? { from: { x: scx, y: s.y + s.h, dir: [0, 1] }, to: { x: tcx, y: t.y, dir: [0, -1] } }
    : { from: { x: scx, y: s.y, dir: [0, -1] }, to: { x: tcx, y: t.y + t.h, dir: [0, 1] } };
}

/** React Flow's bezier control point for an end leaving its side towards `other` (getBezierPath). */
function control(side: Side, other: Side): [number, number] {
  const [dx, dy] = side.dir;
  const ahead = (other.x - side.x) * dx + (other.y - side.y) * dy;
  const offset = ahead >= 0 ? 0.5 * ahead : 0.25 * 25 * Math.sqrt(-ahead);
  return [side.x + dx * offset, side.y + dy * offset];
}

/** React Flow's ArrowClosed marker at stroke width 1: 12.5 px for its 20-unit box. */
const ARROW_SCALE = 12.5 / 20;

export function edgeRoute(source: Box, target: Box): Omit<EdgeLayout, 'id' | 'kind' | 'label'> {
  const { from, to } = facingSides(source, target);
  const [c1x, c1y] = control(from, to);
  const [c2x, c2y] = control(to, from);
  const r = (v: number): number => Math.round(v * 100) / 100;
  const path = `M${r(from.x)},${r(from.y)} C${r(c1x)},${r(c1y)} ${r(c2x)},${r(c2y)} ${r(to.x)},${r(to.y)}`;
  // The marker turns with the curve's end tangent (from the last control point into the block).
  let ux = to.x - c2x;
  let uy = to.y - c2y;
  const len = Math.hypot(ux, uy);
  [ux, uy] = len > 0 ? [ux / len, uy / len] : [-to.dir[0], -to.dir[1]];
  const back = 5 * ARROW_SCALE;
  const half = 4 * ARROW_SCALE;
  const bx = to.x - ux * back;
  const by = to.y - uy * back;
  const arrow = `M${r(to.x)},${r(to.y)} L${r(bx - uy * half)},${r(by + ux * half)} L${r(bx + uy * half)},${r(by - ux * half)} Z`;
  const xs = [from.x, c1x, c2x, to.x];
  const ys = [from.y, c1y, c2y, to.y];
  const hull = { x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
  return { path, arrow, labelX: from.x * 0.125 + c1x * 0.375 + c2x * 0.375 + to.x * 0.125, labelY: from.y * 0.125 + c1y * 0.375 + c2y * 0.375 + to.y * 0.125, hull };
}
