import { B_CACHES, B_STORES, ROLE_BUFFER, ROLE_DNS, ROLE_LOGS, ROLE_METRICS } from './blockTable';
import { ROUTE_DEAD, ROUTE_REPLICATION, type EstimateContext, type ResolvedOperation } from './context';
import { edgeCarries } from './edgeRules';

/*
 * The cache rules: which stores a cache answers reads for (in front, read-through; or beside,
 * cache-aside), which caches a block calls, and how much of its reads a store beside them still
 * gets. docs/estimation.md ("Caches") works each case through.
 */

/** A store whose reads a cache beside it can answer: keeps data, not a queue, log or metrics store. */
export function isCacheableStore(ctx: EstimateContext, v: number): boolean {
  const b = ctx.blocks.behaviour[v]!;
  const role = ctx.blocks.role[v]!;
  return (b & B_STORES) !== 0 && (b & B_CACHES) === 0 && role !== ROLE_BUFFER && role !== ROLE_LOGS && role !== ROLE_METRICS;
}

/** Adds to `caches` each cache the connections of u that `takes` keeps lead to, once. */
function addCaches(ctx: EstimateContext, u: number, takes: (e: number) => boolean, caches: number[]): void {
  const { outStart, outEdges, target } = ctx.graph;
  for (let c = outStart[u]!; c < outStart[u + 1]!; c++) {
    const e = outEdges[c]!;
    const v = target[e]!;
    if (takes(e) && ctx.blocks.behaviour[v]! & B_CACHES && !caches.includes(v)) caches.push(v);
  }
}

/**
 * The caches block u calls for this operation (share > 0), each once however many connections are
 * drawn to it (a second call misses whenever the first does), and those it calls through a DNS
 * block drawn in the path, which only resolves the name. For a DNS block itself, the caches of
 * the callers that sent it the operation: the calls it passes on are theirs.
 */
export function calledCaches(ctx: EstimateContext, u: number, op: ResolvedOperation, share: Float64Array, offset: number): number[] {
  const { outStart, outEdges, target, inStart, inEdges, source } = ctx.graph;
  const caches: number[] = [];
  if (ctx.blocks.role[u] === ROLE_DNS) {
    for (let k = inStart[u]!; k < inStart[u + 1]!; k++) {
      const s = source[inEdges[k]!]!;
      if (share[offset + inEdges[k]!]! <= 0 || ctx.blocks.role[s] === ROLE_DNS) continue;
      for (const cache of calledCaches(ctx, s, op, share, offset)) if (!caches.includes(cache)) caches.push(cache);
    }
    return caches;
  }
  addCaches(ctx, u, (e) => share[offset + e]! > 0, caches);
  for (let c = outStart[u]!; c < outStart[u + 1]!; c++) {
    const e = outEdges[c]!;
    const w = target[e]!;
    if (share[offset + e]! > 0 && ctx.blocks.role[w] === ROLE_DNS) addCaches(ctx, w, (d) => edgeCarries(ctx, d, op), caches);
  }
  return caches;
}

/** Whether u calls a store a cache could answer for, for this operation (share > 0). */
function readsStore(ctx: EstimateContext, u: number, share: Float64Array, offset: number): boolean {
  const { outStart, outEdges, target } = ctx.graph;
  for (let c = outStart[u]!; c < outStart[u + 1]!; c++) {
    const e = outEdges[c]!;
    if (share[offset + e]! > 0 && isCacheableStore(ctx, target[e]!)) return true;
  }
  return false;
}

/**
 * Cache-aside: a block that calls a cache and, beside it, a store reads the store only when the
 * cache misses. For a read, each such store connection takes (1 - hit ratio) of every cache the
 * block also calls for this operation (calledCaches). Read-through (block -> cache -> store) needs
 * no rule: the cache passes only its misses on.
 */
export function cacheAside(ctx: EstimateContext, u: number, op: ResolvedOperation, share: Float64Array, aside: Float64Array, offset: number): void {
  if (op.op.writes) return;
  const { outStart, outEdges, target } = ctx.graph;
  // Looking for caches (through DNS blocks and their callers too) only pays where a store is read.
  if (!readsStore(ctx, u, share, offset)) return;
  const caches = calledCaches(ctx, u, op, share, offset);
  if (caches.length === 0) return;
  for (let c = outStart[u]!; c < outStart[u + 1]!; c++) {
    const e = outEdges[c]!;
    const v = target[e]!;
    if (share[offset + e]! <= 0 || !isCacheableStore(ctx, v)) continue;
    let miss = 1;
    for (const cache of caches) {
      const how = cachesFor(ctx, cache, v);
      // A cache in front of the store already sends it the misses: the direct connection reads nothing.
      if (how === 'through') miss = 0;
      else if (how === 'aside') miss *= 1 - ctx.blocks.num.cacheHitRatio[cache]!;
    }
    if (miss !== 1) aside[offset + e] = miss;
  }
}

type CacheRelation = 'aside' | 'through' | 'no';

/** Answers per design, by cache and store: tiers of caches ask about the same pairs again and again. */
const relations = new WeakMap<EstimateContext, Map<number, CacheRelation>>();

/**
 * How a cache answers reads meant for store v: 'aside' when it is drawn beside the store with
 * nothing behind it (cache-aside), 'through' when it is connected to v, itself or through a tier
 * of caches (read-through, so v gets its misses that way), or 'no' when it sits in front of
 * another store and holds none of v's data.
 */
export function cachesFor(ctx: EstimateContext, cache: number, v: number): CacheRelation {
  let known = relations.get(ctx);
  if (!known) relations.set(ctx, (known = new Map()));
  const key = cache * ctx.graph.nodeCount + v;
  let answer = known.get(key);
  if (answer === undefined) {
    // Settled as "no" first, so a loop of caches drawn into each other ends instead of recursing.
    known.set(key, 'no');
    answer = cachesForUncached(ctx, cache, v);
    known.set(key, answer);
  }
  return answer;
}

function cachesForUncached(ctx: EstimateContext, cache: number, v: number): CacheRelation {
  const { outStart, outEdges, target } = ctx.graph;
  let calls = 0;
  for (let c = outStart[cache]!; c < outStart[cache + 1]!; c++) {
    const e = outEdges[c]!;
    // A replication connection copies writes: it brings the cache none of v's reads to answer.
    if (ctx.route[e]! & (ROUTE_DEAD | ROUTE_REPLICATION)) continue;
    const w = target[e]!;
    // A cache in front of a cache in front of v is in front of v too (tiers of caches).
    if (w === v || (ctx.blocks.behaviour[w]! & B_CACHES && cachesFor(ctx, w, v) === 'through')) return 'through';
    calls++;
  }
  return calls === 0 ? 'aside' : 'no';
}
