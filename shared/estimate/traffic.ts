import { B_CACHES, B_SPLITS, B_THROTTLES, ROLE_BUFFER, ROLE_CDN, ROLE_DNS, ROLE_LOGS, ROLE_MEDIA, ROLE_METRICS } from './blockTable';
import { ROUTE_DEAD, ROUTE_REPLICATION, type EstimateContext, type ResolvedOperation } from './context';
import { EDGE_ASYNC, EDGE_REPLICATION, EDGE_SYNC } from './graph';
import { dnsLookupRps, edgeRps } from './formulas/traffic';
import { edgeCarries, passThrough, sendsAny } from './edgeRules';
import { cacheAside } from './caches';

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
  /** What each connection carries per operation (CARRY_* bits), [op * edgeCount + edge]. */
  edgeContent: Uint8Array;
  /** Cache-aside factor per operation and connection: the share a cache beside the store misses (1: none). */
  edgeAside: Float64Array;
  /**
   * Per operation and connection out of a DNS block or a cache: the share of what reached the block
   * that did not already go the direct way (bypassKeep; 1 elsewhere, 0 when all of it did).
   */
  edgeKeep: Float64Array;
  /** Bytes per request, source to target and back (0 back on async), [op * edgeCount + edge]. */
  edgeRequestBytes: Float64Array;
  edgeResponseBytes: Float64Array;
  /** Per block, the share of arriving requests a DNS block answers as lookups (1 elsewhere). */
  dnsFactor: Float64Array;
}

/**
 * What a request carries along a connection, as bits: the operation's own request and response
 * (metadata), its payload mix (media), a DNS lookup, or a log record. Bytes per hop follow from it
 * (hopBytes), and so does what a store keeps.
 */
export const CARRY_META = 1;
export const CARRY_MEDIA = 2;
export const CARRY_LOOKUP = 4;
export const CARRY_LOG = 8;

/** Bytes of a DNS query and of its answer (estimation-defaults.md: on the order of 100 bytes each). */
export const DNS_MESSAGE_BYTES = 100;

export function runTraffic(ctx: EstimateContext): Traffic {
  const { nodeCount, edgeCount, topo, outStart, outEdges, target } = ctx.graph;
  const opCount = ctx.ops.length;
  const nodeRps = new Float64Array(opCount * nodeCount);
  const edgeRpsArr = new Float64Array(opCount * edgeCount);
  const edgeShare = new Float64Array(opCount * edgeCount);
  const edgeContent = new Uint8Array(opCount * edgeCount);
  const edgeAside = new Float64Array(opCount * edgeCount).fill(1);
  const edgeKeep = new Float64Array(opCount * edgeCount).fill(1);
  const nodeContent = new Uint8Array(opCount * nodeCount);
  const reached = new Uint8Array(opCount * nodeCount);
  const reachable = new Uint8Array(nodeCount);
  const dnsFactor = new Float64Array(nodeCount).fill(1);
  const sinks = contentSinks(ctx);
  for (const op of ctx.ops) {
    if (op.entry < 0) continue;
    nodeRps[op.index * nodeCount + op.entry] = op.avgRps;
    reached[op.index * nodeCount + op.entry] = 1;
    nodeContent[op.index * nodeCount + op.entry] = CARRY_META | (op.mixBytes > 0 ? CARRY_MEDIA : 0);
  }
  const scratch = { content: new Uint8Array(edgeCount) };
  for (let t = 0; t < nodeCount; t++) {
    const u = topo[t]!;
    for (const op of ctx.ops) {
      const nBase = op.index * nodeCount;
      if (op.entry < 0 || reached[nBase + u] === 0) continue;
      reachable[u] = 1;
      const eBase = op.index * edgeCount;
      for (let c = outStart[u]!; c < outStart[u + 1]!; c++) {
        const e = outEdges[c]!;
        if (ctx.directAlternative[e]) edgeKeep[eBase + e] = bypassKeep(ctx, e, op, edgeShare, edgeRpsArr, eBase, nodeRps[nBase + u]!);
      }
      routeContent(ctx, sinks, u, op, nodeContent[nBase + u]!, scratch.content, edgeKeep);
      for (let c = outStart[u]!; c < outStart[u + 1]!; c++) {
        const e = outEdges[c]!;
        edgeContent[eBase + e] = scratch.content[e]!;
      }
      fillShares(ctx, u, op, edgeShare, eBase, edgeContent);
      cacheAside(ctx, u, op, edgeShare, edgeAside, eBase);
      const rate = nodeRps[nBase + u]!;
      const pass = passThrough(ctx, u, op);
      for (let c = outStart[u]!; c < outStart[u + 1]!; c++) {
        const e = outEdges[c]!;
        const share = edgeShare[eBase + e]!;
        const fanOut = ctx.edges[e]!.fanOut;
        if (share <= 0 || fanOut <= 0) continue;
        const r = edgeRps(rate, pass, share, fanOut, edgeAside[eBase + e]!) * edgeKeep[eBase + e]!;
        edgeRpsArr[eBase + e] = r;
        const v = target[e]!;
        nodeRps[nBase + v]! += r;
        // A DNS block drawn in the path answers a lookup; what it passes on is the request itself.
        nodeContent[nBase + v]! |= ctx.blocks.role[v] === ROLE_DNS ? nodeContent[nBase + u]! : edgeContent[eBase + e]!;
        // A cache that always hits still leaves the store behind it on the path (for latency and availability).
        reached[nBase + v] = 1;
      }
    }
  }
  // A DNS block answers the lookups clients make, not every request: its own load and the
  // connections into it are thinned once every operation has arrived (what it passes on is not).
  for (let u = 0; u < nodeCount; u++) if (ctx.blocks.role[u] === ROLE_DNS) dnsFactor[u] = thinLookups(ctx, u, nodeRps, nodeCount);
  for (let e = 0; e < edgeCount; e++) {
    const f = dnsFactor[target[e]!]!;
    if (f === 1 || target[e]! < 0) continue;
    for (let o = 0; o < opCount; o++) edgeRpsArr[o * edgeCount + e]! *= f;
  }
  const { edgeRequestBytes, edgeResponseBytes } = hopBytesAll(ctx, edgeContent);
  return { opCount, nodeRps, edgeRps: edgeRpsArr, edgeShare, reached, reachable, edgeContent, edgeAside, edgeKeep, edgeRequestBytes, edgeResponseBytes, dnsFactor };
}

/**
 * Caps a DNS block's load at the lookups clients make: DAU * lookups per user per day / 86,400,
 * shared among the operations in proportion to the requests that reach it. Returns the factor.
 */
function thinLookups(ctx: EstimateContext, u: number, nodeRps: Float64Array, nodeCount: number): number {
  let offered = 0;
  for (const op of ctx.ops) offered += nodeRps[op.index * nodeCount + u]!;
  const lookups = dnsLookupRps(ctx.design.workload.dailyActiveUsers, ctx.blocks.num.lookupsPerUserPerDay[u]!);
  const factor = offered > lookups ? lookups / offered : 1;
  if (factor !== 1) for (const op of ctx.ops) nodeRps[op.index * nodeCount + u]! *= factor;
  return factor;
}

/**
 * Per block, whether media can end up there (it is a blob store or CDN, or calls one further on)
 * and whether metadata can (it is, or calls, a block that works with the request: a service or a
 * store). Proxies, caches and queues only pass requests on, so they are what lies behind them.
 */
export interface ContentSinks {
  media: Uint8Array;
  meta: Uint8Array;
}

function passesOn(ctx: EstimateContext, u: number): boolean {
  const b = ctx.blocks.behaviour[u]!;
  return ctx.blocks.role[u] === ROLE_BUFFER || (b & (B_SPLITS | B_THROTTLES)) !== 0 || ((b & B_CACHES) !== 0 && ctx.blocks.role[u] !== ROLE_CDN);
}

export function contentSinks(ctx: EstimateContext): ContentSinks {
  const { nodeCount, topo, outStart, outEdges, target } = ctx.graph;
  const media = new Uint8Array(nodeCount);
  const meta = new Uint8Array(nodeCount);
  for (let t = nodeCount - 1; t >= 0; t--) {
    const u = topo[t]!;
    const role = ctx.blocks.role[u]!;
    if (role === ROLE_DNS || role === ROLE_LOGS || role === ROLE_METRICS) continue;
    if (role === ROLE_MEDIA || role === ROLE_CDN) media[u] = 1;
    else if (!passesOn(ctx, u)) meta[u] = 1;
    for (let c = outStart[u]!; c < outStart[u + 1]!; c++) {
      const e = outEdges[c]!;
      if (ctx.route[e]! & (ROUTE_DEAD | ROUTE_REPLICATION)) continue;
      media[u]! |= media[target[e]!]!;
      if (role !== ROLE_MEDIA && role !== ROLE_CDN) meta[u]! |= meta[target[e]!]!;
    }
  }
  return { media, meta };
}

/**
 * What each outgoing connection of u carries for this operation (0: the operation does not take
 * it). Media goes toward blob stores and CDNs when one lies ahead (uploads to the origin, downloads
 * from the CDN), metadata toward everything else; a DNS block gets lookups, a log store records, a
 * metrics store nothing (it scrapes). A connection's "What it carries" overrides the rule.
 * `keep` holds what of each connection is left once the direct way is taken (bypassKeep).
 */
export function routeContent(ctx: EstimateContext, sinks: ContentSinks, u: number, op: ResolvedOperation, arriving: number, out: Uint8Array, keep: Float64Array): void {
  const { outStart, outEdges, target } = ctx.graph;
  const role = ctx.blocks.role;
  let mediaTargets = 0;
  let cdnMedia = 0;
  let originMedia = 0;
  let metaTargets = 0;
  for (let c = outStart[u]!; c < outStart[u + 1]!; c++) {
    const e = outEdges[c]!;
    // 1 marks a connection this operation takes at all; the second pass reads it back. One set to
    // a share or fan-out of 0 sends nothing, so it must not draw the media (or metadata) away
    // from its siblings either.
    const takes = sendsAny(ctx, e) && edgeCarries(ctx, e, op) && keep[op.index * ctx.graph.edgeCount + e]! > 0;
    out[e] = takes ? 1 : 0;
    if (!takes || ctx.route[e]! & ROUTE_REPLICATION) continue;
    const v = target[e]!;
    const carries = ctx.edges[e]!.carries;
    // A connection that says what it carries takes that part off its siblings, as auto would.
    if (carries !== 'auto') {
      if (carries === 'whole' || carries === 'media') {
        mediaTargets++;
        if (role[v] === ROLE_CDN) cdnMedia++;
        else originMedia++;
      }
      if (carries !== 'media') metaTargets++;
      continue;
    }
    if (role[v] === ROLE_DNS || role[v] === ROLE_LOGS || role[v] === ROLE_METRICS) continue;
    if (sinks.media[v] && role[v] !== ROLE_BUFFER) {
      mediaTargets++;
      if (role[v] === ROLE_CDN) cdnMedia++;
      else originMedia++;
    }
    if (sinks.meta[v]) metaTargets++;
  }
  const splits = (ctx.blocks.behaviour[u]! & B_SPLITS) !== 0;
  for (let c = outStart[u]!; c < outStart[u + 1]!; c++) {
    const e = outEdges[c]!;
    if (out[e] === 0) continue;
    const v = target[e]!;
    const carries = ctx.edges[e]!.carries;
    // A message is sent for a write; a read produces none (unless the connection asks for reads).
    if (ctx.graph.edgeKind[e] === EDGE_ASYNC && !op.op.writes && ctx.edges[e]!.appliesTo === 'all' && role[v] !== ROLE_LOGS) out[e] = 0;
    else if (ctx.route[e]! & ROUTE_REPLICATION) out[e] = arriving;
    else if (carries === 'whole') out[e] = arriving;
    else if (carries === 'metadata' || carries === 'bytes') out[e] = arriving & CARRY_META;
    else if (carries === 'media') out[e] = arriving & CARRY_MEDIA;
    else if (role[v] === ROLE_DNS) out[e] = CARRY_LOOKUP;
    else if (role[v] === ROLE_LOGS) out[e] = CARRY_LOG;
    else if (role[v] === ROLE_METRICS) out[e] = 0;
    // A load balancer sends each request whole to one of its connections (fillShares says how
    // many to each): they are alternatives, not parts of the request, so media is not steered.
    else if (splits) out[e] = role[v] === ROLE_BUFFER ? arriving & ~CARRY_MEDIA : arriving;
    else {
      let bits = arriving & (CARRY_LOOKUP | CARRY_LOG);
      // A queue carries messages that point at media, never the media itself.
      if (arriving & CARRY_MEDIA && role[v] !== ROLE_BUFFER) {
        // Uploads go to the origin when there is one; downloads come from the CDN when there is one.
        const preferCdn = !op.op.writes && cdnMedia > 0;
        const skipCdn = op.op.writes && originMedia > 0;
        const takesMedia = mediaTargets === 0 || (sinks.media[v] === 1 && (preferCdn ? role[v] === ROLE_CDN : !(skipCdn && role[v] === ROLE_CDN)));
        if (takesMedia) bits |= CARRY_MEDIA;
      }
      // A dead end (a queue or cache with nothing behind it) still takes the request it is sent.
      const deadEnd = sinks.meta[v] === 0 && sinks.media[v] === 0;
      if (arriving & CARRY_META && (metaTargets === 0 || sinks.meta[v] === 1 || deadEnd)) bits |= CARRY_META;
      out[e] = bits;
    }
  }
}

/**
 * What of a DNS block's or a cache's onward connection e is still to go that way, once the
 * callers that also call e's target directly (context.ts directAlternatives) have sent their part
 * there: a DNS block's connection for every operation, a cache's connection to a store for writes.
 * 1 - (the rate those callers sent into the block, or into the chain of DNS blocks and caches in
 * front of it) / (the rate that reached the block); 0 when all of it went the direct way. Only a
 * caller that sent the operation counts (its connection's share, at `offset`, is above 0), and only
 * a direct connection that sends it. Rates are final for u's callers (topological order).
 */
export function bypassKeep(ctx: EstimateContext, e: number, op: ResolvedOperation, share: Float64Array, rps: Float64Array, offset: number, arrived: number): number {
  const direct = ctx.directAlternative[e];
  if (!direct) return 1;
  if (ctx.blocks.role[ctx.graph.source[e]!] !== ROLE_DNS && !op.op.writes) return 1;
  // Per connection into the block (or its chain): the part of that caller's requests its direct
  // connections take (their shares, at most all of it: a load balancer's may be a fraction).
  const taken: Map<number, number> = new Map();
  for (const d of direct) {
    if (share[offset + d.via]! <= 0 || share[offset + d.direct]! <= 0 || !sendsAny(ctx, d.direct) || !edgeCarries(ctx, d.direct, op)) continue;
    taken.set(d.via, Math.min(1, (taken.get(d.via) ?? 0) + share[offset + d.direct]!));
  }
  if (taken.size === 0) return 1;
  // No load to weigh (a design of zero users): the direct way is taken whole, as it would be.
  if (arrived <= 0) return 0;
  let went = 0;
  for (const [via, part] of taken) went += rps[offset + via]! * part;
  const keep = 1 - went / arrived;
  return keep < 1e-12 ? 0 : keep;
}

/**
 * A connection that carries only a DNS lookup or a log record is no alternative a load balancer
 * sends requests down: it goes beside every request (lb -> a, lb -> b, lb -> logs: a and b get
 * half each, the log store a record for every request).
 */
const asideOfSplit = (content: number): boolean => (content & (CARRY_META | CARRY_MEDIA)) === 0;

/**
 * Shares of one block's outgoing connections for one operation, written into `out`.
 * A load balancer splits what no connection claims evenly across the unclaimed ones; any other
 * block sends every request along each connection (share 1) unless the connection says less.
 * Replication connections always copy every write. A connection that carries nothing of this
 * operation (routeContent) gets share 0.
 */
export function fillShares(ctx: EstimateContext, u: number, op: ResolvedOperation, out: Float64Array, offset: number, content: Uint8Array): void {
  const { outStart, outEdges, edgeKind } = ctx.graph;
  const splits = (ctx.blocks.behaviour[u]! & B_SPLITS) !== 0;
  let claimed = 0;
  let unclaimed = 0;
  // Only a load balancer needs to know what its other connections claim.
  if (splits) {
    for (let c = outStart[u]!; c < outStart[u + 1]!; c++) {
      const e = outEdges[c]!;
      if (content[offset + e] === 0 || edgeKind[e] === EDGE_REPLICATION || asideOfSplit(content[offset + e]!)) continue;
      const share = ctx.edges[e]!.share;
      if (Number.isNaN(share)) unclaimed++;
      else claimed += share;
    }
  }
  // Typed shares a rounding error short of 1 (0.1 + 0.2 + 0.7) leave the unset ones nothing.
  const rest = 1 - claimed > 1e-9 ? 1 - claimed : 0;
  const evenShare = splits && unclaimed > 0 ? rest / unclaimed : 1;
  for (let c = outStart[u]!; c < outStart[u + 1]!; c++) {
    const e = outEdges[c]!;
    if (content[offset + e] === 0) {
      out[offset + e] = 0;
      continue;
    }
    const share = ctx.edges[e]!.share;
    out[offset + e] = edgeKind[e] === EDGE_REPLICATION ? 1 : Number.isNaN(share) ? (asideOfSplit(content[offset + e]!) ? 1 : evenShare) : share;
  }
}

/**
 * Bytes per request each way of one operation on a connection carrying `content`, written into
 * `out` at index i (no object per connection and operation): a write sends metadata (request
 * bytes) and/or media (the payload mix) and gets its response back; a read sends its request and
 * gets metadata (response bytes) and/or media back; a DNS lookup is about 100 bytes each way; a
 * log record is the log store's record size, one way. A connection set to carry a byte count sends
 * (writes) or receives (reads) that many.
 */
export function hopBytes(ctx: EstimateContext, e: number, op: ResolvedOperation, content: number, out: { request: Float64Array; response: Float64Array }, i: number): void {
  const meta = op.op;
  const p = ctx.edges[e]!;
  let request: number;
  let response: number;
  if (content & CARRY_LOOKUP) [request, response] = [DNS_MESSAGE_BYTES, DNS_MESSAGE_BYTES];
  else if (content & CARRY_LOG) [request, response] = [ctx.blocks.num.bytesPerRecord[ctx.graph.target[e]!]!, 0];
  else if (p.carries === 'bytes' && !Number.isNaN(p.bytesPerRequest)) {
    request = meta.writes ? p.bytesPerRequest : meta.requestBytes;
    response = meta.writes ? meta.responseBytes : p.bytesPerRequest;
  } else {
    const media = content & CARRY_MEDIA ? op.mixBytes : 0;
    const metadata = content & CARRY_META ? 1 : 0;
    request = meta.writes ? metadata * meta.requestBytes + media : meta.requestBytes;
    response = meta.writes ? meta.responseBytes : metadata * meta.responseBytes + media;
  }
  out.request[i] = request;
  // Asynchronous and replication connections bring nothing back.
  out.response[i] = ctx.graph.edgeKind[e] === EDGE_SYNC ? response : 0;
}

function hopBytesAll(ctx: EstimateContext, content: Uint8Array): { edgeRequestBytes: Float64Array; edgeResponseBytes: Float64Array } {
  const m = ctx.graph.edgeCount;
  const out = { request: new Float64Array(content.length), response: new Float64Array(content.length) };
  for (const op of ctx.ops) {
    for (let e = 0; e < m; e++) {
      const c = content[op.index * m + e]!;
      if (c !== 0) hopBytes(ctx, e, op, c, out, op.index * m + e);
    }
  }
  return { edgeRequestBytes: out.request, edgeResponseBytes: out.response };
}
