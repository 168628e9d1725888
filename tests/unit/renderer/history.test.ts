import { describe, expect, it } from 'vitest';
import { applyEntry, diff } from '../../../renderer/src/editor/store/history';
import type { FlowNode } from '../../../renderer/src/editor/flowTypes';
import type { DesignMeta } from '../../../renderer/src/editor/convert';

const meta = { id: 'd1', name: 'Design' } as unknown as DesignMeta;
const block = (x: number, measured: { width: number; height: number }): FlowNode =>
  ({ id: 'n1', type: 'block', position: { x, y: 0 }, data: { kind: 'appServer', label: 'App', params: {} }, measured }) as unknown as FlowNode;

describe('undo history', () => {
  it('puts a moved block back where it was', () => {
    const before = { nodes: [block(0, { width: 184, height: 72 })], edges: [], meta };
    const after = { nodes: [block(100, { width: 184, height: 72 })], edges: [], meta };
    const entry = diff(before, after)!;
    expect(applyEntry(after, entry, 'before').nodes[0]!.position.x).toBe(0);
    expect(applyEntry(before, entry, 'after').nodes[0]!.position.x).toBe(100);
  });

  it('keeps the size the block is measured at now, not the one in the snapshot', () => {
    // The move was made zoomed far out (the block drawn as a 184x72 box); it is measured at its
    // real size since. Undo must not hand React Flow the box's size back.
    const before = { nodes: [block(0, { width: 184, height: 72 })], edges: [], meta };
    const after = { nodes: [block(100, { width: 184, height: 72 })], edges: [], meta };
    const entry = diff(before, after)!;
    const now = { nodes: [block(100, { width: 236, height: 66 })], edges: [], meta };
    const undone = applyEntry(now, entry, 'before').nodes[0]!;
    expect(undone.position.x).toBe(0);
    expect(undone.measured).toEqual({ width: 236, height: 66 });
  });
});
