import { describe, expect, it } from 'vitest';
import { endsKey, selectedEdgeEnds } from '../../../renderer/src/editor/edges/reconnectEnds';
import type { ConnectionFlowEdge, FlowNode } from '../../../renderer/src/editor/flowTypes';

const node = (id: string, x: number, y: number, parentId?: string): FlowNode =>
  ({ id, type: id.startsWith('g') ? 'group' : 'block', position: { x, y }, parentId, data: {}, measured: { width: 100, height: 40 } }) as unknown as FlowNode;
const edge = (id: string, source: string, target: string, selected = true): ConnectionFlowEdge =>
  ({ id, source, target, sourceHandle: 'r', targetHandle: 'l', selected, type: 'floating', data: {} }) as unknown as ConnectionFlowEdge;

describe('where a selected connection offers its ends', () => {
  it('puts them on the sides that face each other now, not the handles it was drawn between', () => {
    const nodes = [node('a', 0, 0), node('b', 0, 300)];
    expect(selectedEdgeEnds([edge('e1', 'a', 'b')], nodes).get('e1')).toEqual({ sourceHandle: 'b', targetHandle: 't' });
  });

  it('places group members by their group, and skips unselected connections', () => {
    // b sits at (0, 0) inside a group placed 500 to the right: it is right of a, not on top of it.
    const nodes = [node('a', 0, 0), node('g1', 500, 0), node('b', 0, 0, 'g1')];
    const ends = selectedEdgeEnds([edge('e1', 'a', 'b'), edge('e2', 'b', 'a', false)], nodes);
    expect([...ends.keys()]).toEqual(['e1']);
    expect(ends.get('e1')).toEqual({ sourceHandle: 'r', targetHandle: 'l' });
    expect(endsKey(ends)).toBe('e1:rl');
  });

  it('costs nothing when no connection is selected', () => {
    expect(selectedEdgeEnds([edge('e1', 'a', 'b', false)], []).size).toBe(0);
  });
});
