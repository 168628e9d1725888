import { describe, expect, it } from 'vitest';
import type { InternalNode } from '@xyflow/react';
import { cachedBox } from '../../../renderer/src/editor/edges/floatingGeometry';

const internal = (id: string, x: number, y: number, width = 160): InternalNode =>
  ({ id, position: { x, y }, measured: { width, height: 60 }, internals: { positionAbsolute: { x, y }, z: 0, userNode: {} } }) as unknown as InternalNode;

describe('a block box shared by its connections', () => {
  it('stays the same object while React Flow replaces the node without moving or resizing it', () => {
    const first = cachedBox(internal('a', 10, 20));
    expect(cachedBox(internal('a', 10, 20))).toBe(first);
    expect(first).toEqual({ x: 10, y: 20, w: 160, h: 60 });
  });

  it('is a new box once the block moves or is measured at another size', () => {
    const before = cachedBox(internal('b', 0, 0));
    const moved = cachedBox(internal('b', 5, 0));
    expect(moved).not.toBe(before);
    expect(moved.x).toBe(5);
    const resized = cachedBox(internal('b', 5, 0, 200));
    expect(resized).not.toBe(moved);
    expect(resized.w).toBe(200);
  });
});
