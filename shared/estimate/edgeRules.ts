import { B_CACHES, B_INGESTS, B_THROTTLES } from './blockTable';
import { ROUTE_DEAD, ROUTE_FILTERED, ROUTE_READS, ROUTE_REPLICATION, ROUTE_WRITES, type EstimateContext, type ResolvedOperation } from './context';
import { EDGE_REPLICATION, EDGE_SYNC } from './graph';

/*
 * What a block and a connection do with an operation: whether it is a write there, what share a
 * block passes on, whether a connection carries it at all, whether it is on the synchronous path.
 * The traffic flow (traffic.ts), the cache rules (caches.ts) and the explanations all ask these.
 */

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
  return (r & ROUTE_FILTERED) === 0 || ctx.edgeOps[e]!.has(op.index);
}

/** True for connections that sit on the synchronous path (latency and availability). */
export function isSyncEdge(ctx: EstimateContext, e: number): boolean {
  return ctx.graph.edgeKind[e] === EDGE_SYNC;
}

/**
 * Whether a connection sends anything at all: one set to a share or fan-out of 0 is switched off
 * (it takes no part of a request, and gives no other way round). A replication connection copies
 * every write whatever its share, as fillShares has it.
 */
export function sendsAny(ctx: EstimateContext, e: number): boolean {
  const edge = ctx.edges[e]!;
  return edge.fanOut > 0 && (edge.share !== 0 || ctx.graph.edgeKind[e] === EDGE_REPLICATION);
}
