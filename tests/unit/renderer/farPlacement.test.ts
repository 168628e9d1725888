import { describe, expect, it } from 'vitest';
import type { FlowNode } from '../../../renderer/src/editor/flowTypes';
import { farFlowNodes } from '../../../renderer/src/editor/nodes/farPlacement';

const node = (id: string, x: number, y: number, parentId?: string): FlowNode =>
  ({ id, type: 'block', position: { x, y }, parentId, data: { kind: 'appServer', label: id, params: {} } }) as unknown as FlowNode;

describe('far-out flow nodes', () => {
  it('places top-level nodes by left/top with no transform, and leaves group members to React Flow', () => {
    const [a, member] = farFlowNodes([node('a', 40, 80), node('m', 5, 6, 'g')]);
    expect(a!.style).toMatchObject({ transform: 'none', left: 40, top: 80 });
    expect(member!.style).toBeUndefined();
    expect(a!.position).toEqual({ x: 40, y: 80 });
  });

  it('says a block has no handles (far out it mounts none) and leaves other nodes without the field', () => {
    const note = { id: 'n', type: 'note', position: { x: 0, y: 0 }, data: { text: '' } } as unknown as FlowNode;
    const [block, member, other] = farFlowNodes([node('a', 0, 0), node('m', 1, 1, 'g'), note]);
    expect(block!.handles).toEqual([]);
    expect(member!.handles).toEqual([]);
    expect(other).not.toHaveProperty('handles');
  });

  it('gives an unchanged node the same object every time, and a moved one a new one', () => {
    const a = node('a', 0, 0);
    const first = farFlowNodes([a])[0];
    expect(farFlowNodes([a])[0]).toBe(first);
    const moved = farFlowNodes([{ ...a, position: { x: 10, y: 0 } }])[0];
    expect(moved).not.toBe(first);
    expect(moved!.style).toMatchObject({ left: 10, top: 0 });
  });
});
