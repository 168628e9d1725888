import { describe, expect, it } from 'vitest';
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
});
