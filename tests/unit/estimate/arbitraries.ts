import fc from 'fast-check';
import type { Design, DesignEdge, DesignNode } from '../../../shared/model/design';
import type { Operation } from '../../../shared/model/workload';

/**
 * Random but valid designs: a client first, then blocks of any catalog kind (and now and then
 * one this build does not know), connections that only point forward (so the graph is acyclic
 * unless `cycles` adds back edges), and a workload of one to three operations.
 */
const KINDS = [
  'dns', 'loadBalancer', 'cdn', 'rateLimiter', 'webServer', 'appServer', 'sequencer', 'taskScheduler', 'sqlDatabase', 'nosqlDatabase',
  'keyValueStore', 'cache', 'blobStore', 'search', 'storageServer', 'shardedCounter', 'messageQueue', 'pubSub', 'monitoring', 'logging',
  'client', 'somethingNew',
];

const blockParams = fc.record(
  {
    instances: fc.integer({ min: 1, max: 6 }),
    cacheHitRatio: fc.double({ min: 0, max: 1, noNaN: true }),
    availability: fc.double({ min: 0.5, max: 1, noNaN: true }),
    replicationFactor: fc.integer({ min: 1, max: 5 }),
    capacityModel: fc.constantFrom('perInstanceQps', 'cpuBound', 'memoryBound'),
    qpsPerInstance: fc.double({ min: 0.001, max: 1e6, noNaN: true }),
    retentionDays: fc.integer({ min: 0, max: 3_650 }),
    rejectedShare: fc.double({ min: 0, max: 1, noNaN: true }),
  },
  { requiredKeys: [] },
);

const edgeParams = fc.record(
  { share: fc.double({ min: 0, max: 1, noNaN: true }), fanOut: fc.integer({ min: 0, max: 10 }), appliesTo: fc.constantFrom('all', 'reads', 'writes') },
  { requiredKeys: [] },
);

const operation = (i: number): fc.Arbitrary<Operation> =>
  fc.record({
    requestsPerUserPerDay: fc.double({ min: 0, max: 1_000, noNaN: true }),
    requestBytes: fc.integer({ min: 0, max: 5_000_000 }),
    responseBytes: fc.integer({ min: 0, max: 5_000_000 }),
    writes: fc.boolean(),
    mixShare: fc.double({ min: 0, max: 1, noNaN: true }),
  }).map((o) => ({
    id: `op${i}`,
    name: `operation ${i}`,
    requestsPerUserPerDay: o.requestsPerUserPerDay,
    requestBytes: o.requestBytes,
    responseBytes: o.responseBytes,
    payloadMix: [{ share: o.mixShare, bytes: 200_000, label: 'image' }],
    writes: o.writes,
  }));

export interface DesignShape {
  design: Design;
}

export function arbitraryDesign(options: { cycles?: boolean } = {}): fc.Arbitrary<Design> {
  return fc.integer({ min: 1, max: 12 }).chain((count) => {
    const nodes = fc.tuple(...Array.from({ length: count }, (_, i) => fc.tuple(i === 0 ? fc.constant('client') : fc.constantFrom(...KINDS), blockParams)));
    const forward = count > 1
      ? fc.array(fc.tuple(fc.integer({ min: 0, max: count - 2 }), fc.integer({ min: 1, max: count - 1 }), fc.constantFrom('sync', 'sync', 'async', 'replication'), edgeParams), { maxLength: count * 3 })
      : fc.constant([] as [number, number, string, Record<string, unknown>][]);
    return fc.record({
      nodes,
      edges: forward,
      back: options.cycles && count > 1 ? fc.array(fc.tuple(fc.integer({ min: 1, max: count - 1 }), fc.integer({ min: 0, max: count - 1 })), { maxLength: 3 }) : fc.constant([] as [number, number][]),
      dau: fc.integer({ min: 0, max: 100_000_000 }),
      ops: fc.integer({ min: 1, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => operation(i)))),
      peak: fc.oneof(
        fc.record({ type: fc.constant('factor' as const), factor: fc.double({ min: 1, max: 10, noNaN: true }) }),
        fc.record({ type: fc.constant('window' as const), trafficShare: fc.double({ min: 0.01, max: 1, noNaN: true }), timeShare: fc.double({ min: 0.01, max: 1, noNaN: true }) }),
      ),
    }).map((g): Design => {
      const designNodes: DesignNode[] = g.nodes.map(([kind, params], i) => ({ id: `n${i}`, kind, label: `${kind} ${i}`, position: { x: i, y: 0 }, params: params as DesignNode['params'] }));
      const edges: DesignEdge[] = [];
      for (const [a, b, kind, params] of g.edges) {
        if (a >= b) continue;
        edges.push({ id: `e${edges.length}`, source: `n${a}`, target: `n${b}`, kind: kind as DesignEdge['kind'], label: '', params: params as DesignEdge['params'] });
      }
      for (const [a, b] of g.back) edges.push({ id: `e${edges.length}`, source: `n${a}`, target: `n${b}`, kind: 'sync', label: '', params: {} });
      return {
        id: 'generated',
        name: 'generated',
        schemaVersion: 1,
        nodes: designNodes,
        edges,
        groups: [],
        workload: { dailyActiveUsers: g.dau, operations: g.ops.map((o) => ({ ...o, entryNodeId: 'n0' })), peak: g.peak, retentionDays: 365, units: 'decimal' },
      };
    });
  });
}

/** Blocks reachable from `start` along connections (the part of the graph downstream of it). */
export function downstream(d: Design, start: string): Set<string> {
  const seen = new Set([start]);
  const stack = [start];
  while (stack.length) {
    const id = stack.pop()!;
    for (const e of d.edges) if (e.source === id && !seen.has(e.target)) {
      seen.add(e.target);
      stack.push(e.target);
    }
  }
  return seen;
}

/** The seed the properties run on: CI must not pass or fail by the seed's luck. */
export const FIXED_SEED = 20261207;

/** fc.assert on the fixed seed and again on each seed that once found a counterexample, so those stay covered. */
export function assertOnSeeds<T>(property: fc.IRawProperty<T>, params: fc.Parameters<T>, seeds: number[]): void {
  for (const seed of [FIXED_SEED, ...seeds]) fc.assert(property, { ...params, seed });
}
