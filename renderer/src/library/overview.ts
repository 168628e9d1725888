import type { Design } from '../../../shared/model';

/**
 * A design reduced to what a thumbnail draws: group frames, block boxes and straight lines
 * between block centres, in absolute canvas coordinates. Blocks and groups store positions
 * relative to their group (React Flow parents), so those are summed up the parent chain.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Overview {
  viewBox: Rect;
  groups: Rect[];
  blocks: (Rect & { note: boolean })[];
  lines: { x1: number; y1: number; x2: number; y2: number; kind: string }[];
}

/** A block's drawn size when the document does not record one (the canvas measures it instead). */
const BLOCK_SIZE = { width: 180, height: 64 };
/** Thumbnails of huge designs draw a sample: thousands of 2 px boxes say no more than hundreds. */
const MAX_BLOCKS = 1_500;
const MAX_LINES = 2_000;
const PADDING = 40;
/** The smallest area a drawing shows, so one block looks like one block and not a full-width slab. */
const MIN_VIEW = { width: 1_000, height: 560 };

type Positioned = Pick<Design['groups'][number], 'id' | 'position' | 'parentId'>;

function absolutePositions(groups: Positioned[]): Map<string, { x: number; y: number }> {
  const byId = new Map(groups.map((g) => [g.id, g]));
  const out = new Map<string, { x: number; y: number }>();
  const resolve = (id: string, depth: number): { x: number; y: number } => {
    const known = out.get(id);
    if (known) return known;
    const group = byId.get(id);
    if (!group) return { x: 0, y: 0 };
    // Depth guards a parent cycle in a repaired document; the store caps nesting far lower.
    const parent = group.parentId && depth < 50 ? resolve(group.parentId, depth + 1) : { x: 0, y: 0 };
    const at = { x: parent.x + group.position.x, y: parent.y + group.position.y };
    out.set(id, at);
    return at;
  };
  for (const g of groups) resolve(g.id, 0);
  return out;
}

export function designOverview(design: Pick<Design, 'nodes' | 'edges' | 'groups'>): Overview {
  const origins = absolutePositions(design.groups);
  const groups = design.groups.map((g) => ({ ...(origins.get(g.id) ?? g.position), width: g.size.width, height: g.size.height }));
  const centres = new Map<string, { x: number; y: number }>();
  const blocks: Overview['blocks'] = [];
  for (const n of design.nodes) {
    const origin = n.groupId ? (origins.get(n.groupId) ?? { x: 0, y: 0 }) : { x: 0, y: 0 };
    const size = n.size ?? BLOCK_SIZE;
    const rect = { x: origin.x + n.position.x, y: origin.y + n.position.y, width: size.width, height: size.height };
    centres.set(n.id, { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 });
    if (blocks.length < MAX_BLOCKS) blocks.push({ ...rect, note: n.kind === 'note' });
  }
  const lines: Overview['lines'] = [];
  for (const e of design.edges) {
    if (lines.length >= MAX_LINES) break;
    const a = centres.get(e.source);
    const b = centres.get(e.target);
    if (a && b) lines.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y, kind: e.kind });
  }
  return { viewBox: bounds([...groups, ...blocks]), groups, blocks, lines };
}

function bounds(rects: Rect[]): Rect {
  if (rects.length === 0) return { x: 0, y: 0, ...MIN_VIEW };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const r of rects) {
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
  }
  const width = Math.max(maxX - minX + 2 * PADDING, MIN_VIEW.width);
  const height = Math.max(maxY - minY + 2 * PADDING, MIN_VIEW.height);
  return { x: (minX + maxX - width) / 2, y: (minY + maxY - height) / 2, width, height };
}
