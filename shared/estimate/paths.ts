import { B_CLIENT, B_SPLITS } from './blockTable';
import type { EstimateContext, ResolvedOperation } from './context';
import type { Traffic } from './traffic';
import { isSyncEdge, passThrough } from './edgeRules';

/**
 * Per operation, along the synchronous path only (async and replication connections are off the
 * user's path): expected and worst latency, availability in series with redundant alternatives
 * in parallel, and the blocks whose failure stops the operation. Two passes over the
 * topological order per operation: O(nodes + edges).
 */
export interface PathFigures {
  latencyMs: number;
  worstLatencyMs: number;
  availability: number;
  /** Node indexes on every successful path (their failure stops the operation). */
  critical: number[];
}

const COVER_EPSILON = 1e-9;

export interface PathBuffers {
  latency: Float64Array;
  worst: Float64Array;
  avail: Float64Array;
  cover: Float64Array;
}

export function pathBuffers(nodeCount: number): PathBuffers {
  return { latency: new Float64Array(nodeCount), worst: new Float64Array(nodeCount), avail: new Float64Array(nodeCount), cover: new Float64Array(nodeCount) };
}

/**
 * `blockAvailability[u]` is each block's own availability (1 for clients).
 * Critical blocks come from a "cover" pass: the entry has cover 1; a load balancer hands each
 * of its m alternatives cover/m, any other block hands its full cover to every block it calls;
 * a block whose cover adds up to 1 lies on every path. Critical blocks are factored out of the
 * series/parallel recursion so a store shared by all alternatives is counted once.
 */
export function operationPath(ctx: EstimateContext, traffic: Traffic, op: ResolvedOperation, blockAvailability: Float64Array, buf: PathBuffers): PathFigures {
  if (op.entry < 0) return { latencyMs: 0, worstLatencyMs: 0, availability: 0, critical: [] };
  const { nodeCount, edgeCount, topo, outStart, outEdges, target } = ctx.graph;
  const nBase = op.index * nodeCount;
  const eBase = op.index * edgeCount;
  const { latency, worst, avail, cover } = buf;
  cover.fill(0);
  cover[op.entry] = 1;
  const critical: number[] = [];
  let criticalProduct = 1;
  for (let t = 0; t < nodeCount; t++) {
    const u = topo[t]!;
    const cu = cover[u]!;
    if (cu <= 0 || traffic.reached[nBase + u] === 0) continue;
    if (cu >= 1 - COVER_EPSILON) {
      critical.push(u);
      criticalProduct *= blockAvailability[u]!;
    }
    const splits = (ctx.blocks.behaviour[u]! & B_SPLITS) !== 0;
    let alternatives = 0;
    if (splits) {
      for (let c = outStart[u]!; c < outStart[u + 1]!; c++) {
        const e = outEdges[c]!;
        if (isSyncEdge(ctx, e) && traffic.edgeShare[eBase + e]! > 0) alternatives++;
      }
    }
    for (let c = outStart[u]!; c < outStart[u + 1]!; c++) {
      const e = outEdges[c]!;
      if (!isSyncEdge(ctx, e) || traffic.edgeShare[eBase + e]! <= 0) continue;
      cover[target[e]!]! += splits ? cu / alternatives : cu;
    }
  }
  for (let t = nodeCount - 1; t >= 0; t--) {
    const u = topo[t]!;
    if (traffic.reached[nBase + u] === 0) continue;
    const behaviour = ctx.blocks.behaviour[u]!;
    const splits = (behaviour & B_SPLITS) !== 0;
    const service = behaviour & B_CLIENT ? 0 : ctx.blocks.num.serviceTimeMs[u]!;
    let expected = 0;
    let slowest = 0;
    let allUp = 1;
    let allDown = 1;
    let children = 0;
    for (let c = outStart[u]!; c < outStart[u + 1]!; c++) {
      const e = outEdges[c]!;
      const share = traffic.edgeShare[eBase + e]!;
      // A direct read of a store behind a cache carries none of the reads (cacheAside): no path.
      if (!isSyncEdge(ctx, e) || share <= 0 || traffic.edgeAside[eBase + e] === 0) continue;
      const v = target[e]!;
      const hop = ctx.hopLatencyMs[e]!;
      // Fan-out calls run in parallel, so a connection's latency counts once, weighted by its share
      // (and, for a store read beside a cache, by the share the cache misses).
      expected += Math.min(1, share) * traffic.edgeAside[eBase + e]! * (hop + latency[v]!);
      slowest = splits ? Math.max(slowest, hop + worst[v]!) : slowest + hop + worst[v]!;
      allUp *= avail[v]!;
      allDown *= 1 - avail[v]!;
      children++;
    }
    latency[u] = service + passThrough(ctx, u, op) * expected;
    worst[u] = service + slowest;
    const own = cover[u]! >= 1 - COVER_EPSILON ? 1 : blockAvailability[u]!;
    const downstream = children === 0 ? 1 : splits ? 1 - allDown : allUp;
    avail[u] = own * downstream;
  }
  return { latencyMs: latency[op.entry]!, worstLatencyMs: worst[op.entry]!, availability: avail[op.entry]! * criticalProduct, critical };
}
