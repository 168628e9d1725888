import { B_CACHES, B_INGESTS, B_SPLITS, B_THROTTLES } from './blockTable';
import { ROUTE_DEAD, ROUTE_FILTERED, ROUTE_READS, ROUTE_REPLICATION, ROUTE_WRITES, type EstimateContext, type ResolvedOperation } from './context';
import { EDGE_REPLICATION, EDGE_SYNC } from './graph';
import { edgeRps } from './formulas/traffic';

/**
 * Traffic through the graph, per operation: rates flow from the entry along the topological
 * order, so each block and connection is visited once per operation (O(nodes + edges)).
 */
export interface Traffic {
  opCount: number;
  /** Average rps per block per operation, row-major [op * nodeCount + node]. */
  nodeRps: Float64Array;
  /** Average rps per connection per operation, [op * edgeCount + edge]. */
  edgeRps: Float64Array;
  /** Share of the source's passed-on traffic each connection takes, per operation (0 when it does not apply). */
  edgeShare: Float64Array;
  /** 1 when the operation's traffic reaches the block (even at zero load), [op * nodeCount + node]. */
  reached: Uint8Array;
  /** Reached by any operation. */
  reachable: Uint8Array;
}

/** True when the block records this operation's requests as writes. */
export function isWriteAt(op: ResolvedOperation, behaviour: number): boolean {
  return op.op.writes || (behaviour & B_INGESTS) !== 0;
}

/**
 * Share of a block's incoming requests it passes on: a cache or CDN passes read misses only
 * (1 - hit ratio), a rate limiter passes what it does not reject; anything else passes all.
 */
export function passThrough(ctx: EstimateContext, u: number, op: ResolvedOperation): number {
  const b = ctx.blocks.behaviour[u]!;
  if (b & B_CACHES && !op.op.writes) return 1 - ctx.blocks.num.cacheHitRatio[u]!;
  if (b & B_THROTTLES) return 1 - ctx.blocks.num.rejectedShare[u]!;
  return 1;
}

/** Whether a connection carries this operation at all (cycle, replication, filters). */
export function edgeCarries(ctx: EstimateContext, e: number, op: ResolvedOperation): boolean {
  const r = ctx.route[e]!;
  if (r === 0) return true;
  if (r & ROUTE_DEAD) return false;
  if (r & ROUTE_REPLICATION && !isWriteAt(op, ctx.blocks.behaviour[ctx.graph.source[e]!]!)) return false;
  if (r & ROUTE_READS && op.op.writes) return false;
  if (r & ROUTE_WRITES && !op.op.writes) return false;
  return (r & ROUTE_FILTERED) === 0 || ctx.edges[e]!.operations!.has(op.op.id);
}

/**
 * Shares of one block's outgoing connections for one operation, written into `out`.
 * A load balancer splits what no connection claims evenly across the unclaimed ones; any other
 * block sends every request along each connection (share 1) unless the connection says less.
 * Replication connections always copy every write.
 */
export function fillShares(ctx: EstimateContext, u: number, op: ResolvedOperation, out: Float64Array, offset: number): void {
  const { outStart, outEdges, edgeKind } = ctx.graph;
  const splits = (ctx.blocks.behaviour[u]! & B_SPLITS) !== 0;
  let claimed = 0;
  let unclaimed = 0;
  // Only a load balancer needs to know what its other connections claim.
  if (splits) {
    for (let c = outStart[u]!; c < outStart[u + 1]!; c++) {
      const e = outEdges[c]!;
      if (!edgeCarries(ctx, e, op) || edgeKind[e] === EDGE_REPLICATION) continue;
      const share = ctx.edges[e]!.share;
      if (Number.isNaN(share)) unclaimed++;
      else claimed += share;
    }
  }
  const evenShare = splits && unclaimed > 0 ? Math.max(0, 1 - claimed) / unclaimed : 1;
  for (let c = outStart[u]!; c < outStart[u + 1]!; c++) {
    const e = outEdges[c]!;
    if (!edgeCarries(ctx, e, op)) continue;
    const share = ctx.edges[e]!.share;
    out[offset + e] = edgeKind[e] === EDGE_REPLICATION ? 1 : Number.isNaN(share) ? evenShare : share;
  }
}

export function runTraffic(ctx: EstimateContext): Traffic {
  const { nodeCount, edgeCount, topo, outStart, outEdges, target } = ctx.graph;
  const opCount = ctx.ops.length;
  const nodeRps = new Float64Array(opCount * nodeCount);
  const edgeRpsArr = new Float64Array(opCount * edgeCount);
  const edgeShare = new Float64Array(opCount * edgeCount);
  const reached = new Uint8Array(opCount * nodeCount);
  const reachable = new Uint8Array(nodeCount);
  for (const op of ctx.ops) {
    if (op.entry < 0) continue;
    const nBase = op.index * nodeCount;
    const eBase = op.index * edgeCount;
    nodeRps[nBase + op.entry] = op.avgRps;
    reached[nBase + op.entry] = 1;
    for (let t = 0; t < nodeCount; t++) {
      const u = topo[t]!;
      if (reached[nBase + u] === 0) continue;
      reachable[u] = 1;
      fillShares(ctx, u, op, edgeShare, eBase);
      const rate = nodeRps[nBase + u]!;
      const pass = passThrough(ctx, u, op);
      for (let c = outStart[u]!; c < outStart[u + 1]!; c++) {
        const e = outEdges[c]!;
        const share = edgeShare[eBase + e]!;
        const fanOut = ctx.edges[e]!.fanOut;
        if (share <= 0 || fanOut <= 0) continue;
        const r = edgeRps(rate, pass, share, fanOut);
        edgeRpsArr[eBase + e] = r;
        const v = target[e]!;
        nodeRps[nBase + v]! += r;
        // A cache that always hits still leaves the store behind it on the path (for latency and availability).
        reached[nBase + v] = 1;
      }
    }
  }
  return { opCount, nodeRps, edgeRps: edgeRpsArr, edgeShare, reached, reachable };
}

/** True for connections that sit on the synchronous path (latency and availability). */
export function isSyncEdge(ctx: EstimateContext, e: number): boolean {
  return ctx.graph.edgeKind[e] === EDGE_SYNC;
}
