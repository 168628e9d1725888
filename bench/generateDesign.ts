import type { Design, DesignEdge, DesignNode } from '../shared/model/design';

/**
 * A layered design of about `blocks` blocks with about twice as many connections, in the mix a
 * real architecture has: clients, edge (DNS, CDN, load balancers, rate limiters), services,
 * caches, stores and messaging. Deterministic (seeded), so runs compare.
 */
const LAYERS: { kinds: string[]; weight: number }[] = [
  // One client: every operation enters there, so (nearly) every block carries traffic.
  { kinds: ['client'], weight: 0 },
  { kinds: ['dns', 'cdn', 'rateLimiter'], weight: 0.05 },
  { kinds: ['loadBalancer'], weight: 0.08 },
  { kinds: ['webServer', 'appServer', 'appServer', 'sequencer'], weight: 0.35 },
  { kinds: ['cache', 'messageQueue', 'pubSub', 'search'], weight: 0.2 },
  { kinds: ['sqlDatabase', 'nosqlDatabase', 'keyValueStore', 'blobStore', 'shardedCounter', 'logging', 'monitoring', 'taskScheduler'], weight: 0.3 },
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function generateDesign(blocks: number, seed = 42): Design {
  const random = rng(seed);
  const nodes: DesignNode[] = [];
  const layers: number[][] = [];
  for (const layer of LAYERS) {
    const count = layer.weight === 0 ? 1 : Math.max(1, Math.round(blocks * layer.weight));
    const ids: number[] = [];
    for (let i = 0; i < count && nodes.length < blocks; i++) {
      const kind = layer.kinds[Math.floor(random() * layer.kinds.length)]!;
      ids.push(nodes.length);
      nodes.push({ id: `n${nodes.length}`, kind, label: `${kind} ${nodes.length}`, position: { x: layers.length * 300, y: i * 120 }, params: { instances: 1 + Math.floor(random() * 4) } });
    }
    layers.push(ids);
  }
  const edges: DesignEdge[] = [];
  const edgeTarget = blocks * 2;
  // Every block below the clients gets at least one caller from the layer above ...
  for (let l = 1; l < layers.length; l++) {
    const above = layers[l - 1]!;
    if (above.length === 0) continue;
    for (const t of layers[l]!) {
      const s = above[Math.floor(random() * above.length)]!;
      edges.push({ id: `e${edges.length}`, source: `n${s}`, target: `n${t}`, kind: 'sync', label: '', params: {} });
    }
  }
  // ... and the rest of the connections skip down one or two layers, some asynchronous.
  while (edges.length < edgeTarget) {
    const l = 1 + Math.floor(random() * (layers.length - 1));
    const from = layers[Math.max(0, l - 1 - Math.floor(random() * 2))]!;
    const to = layers[l]!;
    if (from.length === 0 || to.length === 0) continue;
    const s = from[Math.floor(random() * from.length)]!;
    const t = to[Math.floor(random() * to.length)]!;
    if (s === t) continue;
    const kind = random() < 0.15 ? 'async' : 'sync';
    edges.push({ id: `e${edges.length}`, source: `n${s}`, target: `n${t}`, kind, label: '', params: { share: Math.round(random() * 100) / 100 } });
  }
  return {
    id: `bench-${blocks}`,
    name: `Generated design (${blocks} blocks)`,
    schemaVersion: 1,
    nodes,
    edges,
    groups: [],
    workload: {
      dailyActiveUsers: 50_000_000,
      operations: [
        { id: 'read', name: 'Read feed', requestsPerUserPerDay: 50, requestBytes: 300, responseBytes: 20_000, payloadMix: [{ share: 0.1, bytes: 200_000, label: 'image' }], writes: false },
        { id: 'post', name: 'Post', requestsPerUserPerDay: 2, requestBytes: 1_000, responseBytes: 200, payloadMix: [{ share: 0.1, bytes: 200_000, label: 'image' }, { share: 1, bytes: 250, label: 'text' }], writes: true },
        { id: 'like', name: 'Like', requestsPerUserPerDay: 10, requestBytes: 200, responseBytes: 100, payloadMix: [], writes: true },
      ],
      peak: { type: 'window', trafficShare: 0.8, timeShare: 0.2 },
      retentionDays: 365 * 5,
      units: 'decimal',
    },
  };
}
