import { defaultParams, getBlockKind } from '../../catalog';
import type { DesignNode } from '../../model/design';
import type { DesignRule, Finding, ReviewInput } from './types';

/**
 * The design checks of a review, as data plus one pure function each. They read the engine's own
 * warnings where the engine already knows (single points of failure, capacity) and the design's
 * shape for the rest. Thresholds are named so a test can say where they are.
 */
export const READ_HEAVY_RATIO = 3;
export const MEDIA_BYTES = 100_000;
export const FAN_OUT_FOR_QUEUE = 10;

const DATABASES = new Set(['sqlDatabase', 'nosqlDatabase', 'keyValueStore']);
const name = (n: DesignNode): string => n.label || getBlockKind(n.kind)?.name || n.kind;
/** A block's parameter as the engine reads it: the design's value, else the catalog default. */
function param(n: DesignNode, key: string): number {
  const own = n.params[key];
  if (typeof own === 'number') return own;
  const kind = getBlockKind(n.kind);
  const fallback = kind ? defaultParams(kind.params)[key] : undefined;
  return typeof fallback === 'number' ? fallback : 1;
}
const has = (input: ReviewInput, kinds: readonly string[]): boolean => input.design.nodes.some((n) => kinds.includes(n.kind));
const num = (v: unknown, fallback: number): number => (typeof v === 'number' ? v : fallback);

function fromWarnings(input: ReviewInput, codes: readonly string[], ruleId: string): Finding[] {
  return input.result.warnings
    .filter((w) => codes.includes(w.code) && w.blockId !== undefined)
    .map((w) => ({ ruleId, message: w.message, ...(w.blockId ? { blockId: w.blockId } : {}) }));
}

export const designRules: readonly DesignRule[] = [
  {
    id: 'spof',
    title: 'Single points of failure',
    why: 'A block with no spare instance on the path of an operation takes the whole operation down when it fails.',
    penalty: 10,
    maxPenalty: 30,
    check: (input) => fromWarnings(input, ['spof'], 'spof'),
  },
  {
    id: 'overCapacity',
    title: 'Blocks over capacity',
    why: 'At peak these blocks need more instances (or storage nodes) than the design has.',
    penalty: 15,
    maxPenalty: 45,
    check: (input) => fromWarnings(input, ['overCapacity', 'storageBeyondNodes'], 'overCapacity'),
  },
  {
    id: 'readHeavyNoCache',
    title: 'Read-heavy path without a cache',
    why: `Reads outnumber writes ${READ_HEAVY_RATIO} to 1 or more; a cache (or CDN) takes most of them off the database.`,
    penalty: 15,
    maxPenalty: 15,
    check: (input) => {
      const { avgReadRps, avgWriteRps } = input.result.totals;
      if (avgReadRps === 0 || avgReadRps < READ_HEAVY_RATIO * avgWriteRps || has(input, ['cache', 'cdn'])) return [];
      return [{ ruleId: 'readHeavyNoCache', message: `${Math.round(avgReadRps)} reads/s against ${Math.round(avgWriteRps)} writes/s, and no cache or CDN in the design.` }];
    },
  },
  {
    id: 'mediaWithoutBlob',
    title: 'Media without a blob store or CDN',
    why: `Requests carrying ${MEDIA_BYTES / 1000} KB or more are media: files belong in a blob store, and serving them belongs to a CDN.`,
    penalty: 15,
    maxPenalty: 15,
    check: (input) => {
      const media = input.result.operations.filter((o) => o.requestBytes >= MEDIA_BYTES || o.responseBytes >= MEDIA_BYTES);
      if (media.length === 0) return [];
      const missing = [!has(input, ['blobStore']) && 'a blob store', !has(input, ['cdn']) && 'a CDN'].filter(Boolean);
      if (missing.length === 0) return [];
      return [{ ruleId: 'mediaWithoutBlob', message: `${media.map((o) => `"${o.name}"`).join(', ')} move media, and the design has no ${missing.join(' and no ')}.` }];
    },
  },
  {
    id: 'databaseNoReplication',
    title: 'Database without replication',
    why: 'One copy of the data is lost with its disk; replicas also carry reads.',
    penalty: 10,
    maxPenalty: 20,
    // The copies the engine counts (a store's replication factor; its instances are at least one per copy).
    check: (input) => {
      // By id: the estimate leaves sticky notes out, so its rows do not line up with the design's nodes.
      const row = new Map(input.result.blocks.id.map((id, i) => [id, i]));
      return input.design.nodes
        .filter((n) => DATABASES.has(n.kind) && row.has(n.id))
        .map((n) => ({ n, copies: input.result.blocks.replicationFactor[row.get(n.id)!] ?? 0 }))
        .filter(({ copies }) => copies < 2)
        .map(({ n, copies }) => ({ ruleId: 'databaseNoReplication', blockId: n.id, message: `"${name(n)}" keeps ${copies} copy of its data (replication factor ${copies}): one failed disk loses it.` }));
    },
  },
  {
    id: 'syncFanOut',
    title: 'Synchronous fan-out that should be a queue',
    why: `A request that synchronously calls ${FAN_OUT_FOR_QUEUE} or more times waits for the slowest; a queue (or pub/sub) lets it return at once.`,
    penalty: 10,
    maxPenalty: 20,
    check: (input) => {
      const byId = new Map(input.design.nodes.map((n) => [n.id, n]));
      return input.design.edges
        .filter((e) => e.kind === 'sync' && num(e.params.fanOut, 1) >= FAN_OUT_FOR_QUEUE)
        .map((e) => ({ ruleId: 'syncFanOut', blockId: e.source, message: `"${name(byId.get(e.source)!)}" calls "${name(byId.get(e.target)!)}" ${num(e.params.fanOut, 1)} times per request, synchronously.` }));
    },
  },
  {
    id: 'noLoadBalancer',
    title: 'Several servers without a load balancer',
    why: 'Clients reaching a pool of servers directly cannot be spread over them or steered away from a failed one.',
    penalty: 10,
    maxPenalty: 10,
    check: (input) => {
      const byId = new Map(input.design.nodes.map((n) => [n.id, n]));
      return input.design.edges
        .filter((e) => byId.get(e.source)?.kind === 'client')
        .map((e) => byId.get(e.target))
        .filter((t): t is DesignNode => !!t && ['appServer', 'webServer'].includes(t.kind) && param(t, 'instances') >= 2)
        .map((t) => ({ ruleId: 'noLoadBalancer', blockId: t.id, message: `Clients call the ${param(t, 'instances')} instances of "${name(t)}" directly.` }));
    },
  },
];
