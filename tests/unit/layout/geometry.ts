import type { FlowNode } from '../../../renderer/src/editor/flowTypes';
import type { LayoutResult } from '../../../renderer/src/editor/layout/autoLayout';
import { nodeSize } from '../../../renderer/src/editor/layout/elkGraph';

export interface Rect { x: number; y: number; width: number; height: number }

/** Absolute rectangles after a layout: positions are parent-relative, so walk up the groups. */
export function absoluteRects(nodes: FlowNode[], result: LayoutResult): Map<string, Rect> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const rects = new Map<string, Rect>();
  const rectOf = (id: string): Rect => {
    const known = rects.get(id);
    if (known) return known;
    const node = byId.get(id)!;
    const position = result.positions.get(id);
    if (!position) throw new Error(`no position for ${id}`);
    const size = result.sizes.get(id) ?? nodeSize(node);
    const origin = node.parentId ? rectOf(node.parentId) : { x: 0, y: 0 };
    const rect = { x: origin.x + position.x, y: origin.y + position.y, ...size };
    rects.set(id, rect);
    return rect;
  };
  for (const n of nodes) rectOf(n.id);
  return rects;
}

/** Touching is fine; sharing any area is not. */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}
