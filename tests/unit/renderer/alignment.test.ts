import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { alignTo, sameGuides, SNAP_DISTANCE } from '../../../renderer/src/editor/guides/alignment';
import type { FlowNode } from '../../../renderer/src/editor/flowTypes';

const block = (id: string, x: number, y: number, parentId?: string): FlowNode =>
  ({ id, type: 'block', position: { x, y }, parentId, data: { kind: 'appServer', label: id, params: {} }, measured: { width: 100, height: 40 } }) as unknown as FlowNode;

describe('alignment guides', () => {
  const other = block('a', 0, 0);
  const dragged = block('b', 300, 200);

  it('snaps a top edge within reach to its sibling and draws the line across both', () => {
    const { position, guides } = alignTo(dragged, { x: 300, y: SNAP_DISTANCE - 1 }, [other, dragged]);
    expect(position).toEqual({ x: 300, y: 0 });
    expect(guides.horizontal).toEqual({ y: 0, x1: 0, x2: 400 });
    expect(guides.vertical).toBeNull();
  });

  it('snaps centres, and leaves a block out of reach where it is', () => {
    expect(alignTo(dragged, { x: 2, y: 300 }, [other, dragged]).guides.vertical).toEqual({ x: 0, y1: 0, y2: 340 });
    const far = alignTo(dragged, { x: 300, y: SNAP_DISTANCE + 1 + 20 }, [other, dragged]);
    expect(far.position).toEqual({ x: 300, y: SNAP_DISTANCE + 21 });
    expect(far.guides).toEqual({ vertical: null, horizontal: null });
  });

  it('ignores blocks in another group', () => {
    const inGroup = block('c', 0, 0, 'g1');
    expect(alignTo(dragged, { x: 300, y: 1 }, [inGroup, dragged]).guides.horizontal).toBeNull();
  });

  it('tells an unchanged set of lines from a moved one', () => {
    const a = alignTo(dragged, { x: 300, y: 1 }, [other, dragged]).guides;
    const b = alignTo(dragged, { x: 300, y: 2 }, [other, dragged]).guides;
    expect(sameGuides(a, b)).toBe(true);
    expect(sameGuides(a, alignTo(dragged, { x: 320, y: 2 }, [other, dragged]).guides)).toBe(false);
    expect(sameGuides(a, { vertical: null, horizontal: null })).toBe(false);
    expect(sameGuides({ vertical: null, horizontal: null }, { vertical: null, horizontal: null })).toBe(true);
  });

  it('picks the same snap and lines as the plain every-line-against-every-line search', () => {
    // The reference: each block's three lines per axis as arrays, the closest pair within reach,
    // the first found on a tie (the dragged block's lines outermost).
    const reference = (d: FlowNode, at: { x: number; y: number }, nodes: FlowNode[]) => {
      const size = (n: FlowNode) => ({ w: n.measured?.width ?? 0, h: n.measured?.height ?? 0 });
      const { w, h } = size(d);
      let bx: { delta: number; line: number } | null = null;
      let by: { delta: number; line: number } | null = null;
      for (const n of nodes) {
        if (n.id === d.id || n.parentId !== d.parentId || size(n).w === 0) continue;
        const o = { ...n.position, ...size(n) };
        for (const dl of [0, 1, 2]) for (const ol of [0, 1, 2]) {
          const dx = o.x + (o.w * ol) / 2 - (at.x + (w * dl) / 2);
          if (Math.abs(dx) <= SNAP_DISTANCE && (!bx || Math.abs(dx) < Math.abs(bx.delta))) bx = { delta: dx, line: o.x + (o.w * ol) / 2 };
          const dy = o.y + (o.h * ol) / 2 - (at.y + (h * dl) / 2);
          if (Math.abs(dy) <= SNAP_DISTANCE && (!by || Math.abs(dy) < Math.abs(by.delta))) by = { delta: dy, line: o.y + (o.h * ol) / 2 };
        }
      }
      return { x: at.x + (bx?.delta ?? 0), y: at.y + (by?.delta ?? 0), vx: bx?.line ?? null, hy: by?.line ?? null };
    };
    const sized = (id: string, x: number, y: number, w: number, h: number, parentId?: string): FlowNode =>
      ({ ...block(id, x, y, parentId), measured: { width: w, height: h } }) as FlowNode;
    const coordinate = fc.integer({ min: -60, max: 60 });
    const size = fc.integer({ min: 0, max: 40 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(coordinate, coordinate, size, size, fc.boolean()), { maxLength: 12 }),
        coordinate, coordinate, size, size,
        (others, x, y, w, h) => {
          const d = sized('d', 0, 0, w, h);
          const nodes = [d, ...others.map(([ox, oy, ow, oh, nested], i) => sized(`n${i}`, ox, oy, ow, oh, nested ? 'g' : undefined))];
          const got = alignTo(d, { x, y }, nodes);
          const want = reference(d, { x, y }, nodes);
          expect(got.position).toEqual({ x: want.x, y: want.y });
          expect(got.guides.vertical?.x ?? null).toBe(want.vx);
          expect(got.guides.horizontal?.y ?? null).toBe(want.hy);
        },
      ),
    );
  });
});
