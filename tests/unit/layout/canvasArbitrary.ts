import fc from 'fast-check';
import type { ConnectionFlowEdge, FlowNode } from '../../../renderer/src/editor/flowTypes';

/**
 * Canvases as the editor holds them: groups (some nested), blocks and notes inside or outside
 * groups, and random connections, which gives cycles, fan-in and disconnected parts for free.
 */
export interface Canvas {
  nodes: FlowNode[];
  edges: ConnectionFlowEdge[];
}

const KINDS = ['client', 'loadBalancer', 'appServer', 'cache', 'sqlDatabase', 'messageQueue'];

export function buildCanvas(spec: { groupParents: number[]; nodeGroups: number[]; notes: number; edges: [number, number][] }): Canvas {
  const nodes: FlowNode[] = [];
  // A group's parent is an earlier group (or none), so groups come before their children, as in the store.
  spec.groupParents.forEach((parent, i) => {
    nodes.push({
      id: `g${i}`, type: 'group', position: { x: 0, y: 0 }, width: 480, height: 300, data: { kind: 'zone', label: `Zone ${i}` },
      ...(parent >= 0 && parent < i ? { parentId: `g${parent}` } : {}),
    });
  });
  spec.nodeGroups.forEach((group, i) => {
    nodes.push({
      id: `n${i}`, type: 'block', position: { x: 0, y: 0 }, data: { kind: KINDS[i % KINDS.length]!, label: `Block ${i}`, params: {} },
      // Some blocks have been drawn, so React Flow measured them wider than the default.
      ...(i % 3 === 0 ? { measured: { width: 220, height: 52 } } : {}),
      ...(group >= 0 && group < spec.groupParents.length ? { parentId: `g${group}` } : {}),
    });
  });
  for (let i = 0; i < spec.notes; i++) nodes.push({ id: `note${i}`, type: 'note', position: { x: 0, y: 0 }, width: 200, height: 120, data: { text: 'why' } });
  const count = spec.nodeGroups.length;
  const edges: ConnectionFlowEdge[] = count === 0 ? [] : spec.edges.map(([s, t], i) => ({
    id: `e${i}`, source: `n${s % count}`, target: `n${t % count}`, data: { kind: 'sync', params: {} },
  }));
  return { nodes, edges };
}

export const canvasArbitrary = fc
  .record({
    groupParents: fc.array(fc.integer({ min: -1, max: 5 }), { maxLength: 5 }),
    nodeGroups: fc.array(fc.integer({ min: -1, max: 6 }), { minLength: 1, maxLength: 30 }),
    notes: fc.integer({ min: 0, max: 3 }),
    edges: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 50 }),
  })
  .map(buildCanvas);

/** A deterministic large canvas: 200 blocks in nested zones, about two connections each. */
export function largeCanvas(): Canvas {
  let seed = 7;
  const random = (n: number): number => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed % n;
  };
  const groupParents = [-1, -1, 0, 0, 1, 2];
  const nodeGroups = Array.from({ length: 200 }, () => random(8) - 1);
  const edges = Array.from({ length: 400 }, (): [number, number] => [random(200), random(200)]);
  return buildCanvas({ groupParents, nodeGroups, notes: 4, edges });
}
