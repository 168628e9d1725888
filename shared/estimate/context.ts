import { networkRoundTripMs, type NetworkKind } from '../catalog';
import type { Design } from '../model/design';
import { namesOperation, type Operation } from '../model/workload';
import { B_CACHES, B_CLIENT, B_SERVES_WRITES, B_SPLITS, buildBlockTable, resolveEdgeParams, ROLE_CDN, ROLE_DNS, type BlockTable, type EdgeParams, type ParamProblem } from './blockTable';
import { buildGraph, EDGE_REPLICATION, type Graph } from './graph';
import { fieldInGiven, type WithoutNotes } from './notes';
import { averageRps, payloadMixBytes, peakFactor, totalRateRps } from './formulas/traffic';

/** A direct connection `direct` (s -> t) beside `via` (s -> u), where u -> t is a DNS block's or a cache's connection. */
export interface DirectAlternative {
  via: number;
  direct: number;
}

/** An operation with its entry block found and its sizes worked out. */
export interface ResolvedOperation {
  op: Operation;
  index: number;
  /** Node index where it enters, or -1 when it has none. */
  entry: number;
  entryReason: 'set' | 'firstClient' | 'missing' | 'notFound';
  avgRps: number;
  /** Average payload-mix (media) bytes per request. */
  mixBytes: number;
  /** Where the rate comes from: DAU * requests per user per day, or a total rate. */
  rateSource: 'perUser' | 'total';
  /** Bytes a request carries: request bytes, plus the payload mix when the operation writes. */
  requestBytes: number;
  /** Bytes a response carries: response bytes, plus the payload mix when the operation reads. */
  responseBytes: number;
}

export interface EstimateContext {
  design: Design;
  /**
   * A block's or connection's path in the design as the user has it ("nodes.3"): the engine
   * estimates it without its sticky notes (notes.ts), so its own indices can be lower.
   */
  givenField: (list: 'nodes' | 'edges', i: number) => string;
  graph: Graph;
  blocks: BlockTable;
  edges: EdgeParams[];
  ops: ResolvedOperation[];
  peakFactor: number;
  /** Per edge: round-trip latency of the hop (ms) and the network it crosses. */
  hopLatencyMs: Float64Array;
  network: NetworkKind[];
  /** Per edge, the routing rules that do not depend on the operation (ROUTE_* bits). */
  route: Uint8Array;
  problems: ParamProblem[];
  windowDays: number;
  /** Per edge, the operations (by index) an "Only these operations" filter lets through, or null. */
  edgeOps: (Set<number> | null)[];
  /** Filter entries that name no operation, per edge, for a warning. */
  unknownFilterEntries: { edge: number; entries: string[] }[];
  /** Per edge out of a DNS block or a cache, the direct connections that make it redundant (directAlternatives). */
  directAlternative: (DirectAlternative[] | null)[];
}

/** Operations with their entry: the block named by entryNodeId, else the first client. */
export function resolveOperations(design: Design, nodeIndex: Map<string, number>, firstClient: number): ResolvedOperation[] {
  const dau = design.workload.dailyActiveUsers;
  return design.workload.operations.map((op, index) => {
    let entry = -1;
    let entryReason: ResolvedOperation['entryReason'] = 'missing';
    if (op.entryNodeId !== undefined && op.entryNodeId !== '') {
      entry = nodeIndex.get(op.entryNodeId) ?? -1;
      entryReason = entry >= 0 ? 'set' : 'notFound';
    } else if (firstClient >= 0) {
      entry = firstClient;
      entryReason = 'firstClient';
    }
    const mixBytes = payloadMixBytes(op.payloadMix);
    return {
      op,
      index,
      entry,
      entryReason,
      avgRps: op.rate ? totalRateRps(op.rate) : averageRps(dau, op.requestsPerUserPerDay),
      mixBytes,
      rateSource: op.rate ? 'total' : 'perUser',
      requestBytes: op.requestBytes + (op.writes ? mixBytes : 0),
      responseBytes: op.responseBytes + (op.writes ? 0 : mixBytes),
    };
  });
}

/** Map from group id to the id of the region group it sits in (walking up nested groups). */
function regionOfGroups(design: Design): Map<string, string> {
  const groups = new Map(design.groups.map((g) => [g.id, g]));
  const out = new Map<string, string>();
  for (const g of design.groups) {
    let cur: typeof g | undefined = g;
    for (let depth = 0; cur && depth < 64; depth++) {
      if (cur.kind === 'region') {
        out.set(g.id, cur.id);
        break;
      }
      cur = cur.parentId !== undefined ? groups.get(cur.parentId) : undefined;
    }
  }
  return out;
}

/**
 * The network a hop crosses when the connection does not say: an edge hop between a client and a
 * CDN or DNS, the Internet between a client and anything else,
 * across regions between blocks in different region groups, else the same data center.
 */
export function defaultNetwork(sourceIsClient: boolean, targetIsClient: boolean, sourceRegion: string | null, targetRegion: string | null, otherIsEdge = false): NetworkKind {
  // A CDN or DNS answers from an edge near the user, not from the data center across the country.
  if ((sourceIsClient || targetIsClient) && otherIsEdge) return 'edge';
  if (sourceIsClient || targetIsClient) return 'internet';
  if (sourceRegion && targetRegion && sourceRegion !== targetRegion) return 'crossRegion';
  return 'sameDataCenter';
}

function hopNetwork(blocks: BlockTable, s: number, t: number, regionOf: (i: number) => string | null, edgeRole: (i: number) => boolean): NetworkKind {
  const sourceIsClient = (blocks.behaviour[s]! & B_CLIENT) !== 0;
  const fromUser = sourceIsClient || blocks.role[s] === ROLE_DNS;
  return defaultNetwork(fromUser, (blocks.behaviour[t]! & B_CLIENT) !== 0, regionOf(s), regionOf(t), edgeRole(t) || (sourceIsClient && edgeRole(s)));
}

/** Bits of `EstimateContext.route`. */
export const ROUTE_DEAD = 1; // closes a cycle, or points at a missing block
export const ROUTE_REPLICATION = 2;
export const ROUTE_READS = 4;
export const ROUTE_WRITES = 8;
export const ROUTE_FILTERED = 16; // only the operations it lists

/**
 * An ID generator, or a load balancer (or DNS block) that spreads requests over nothing but ID
 * generators, as "app -> load balancer -> sequencers" is drawn: asked only when something is written.
 */
function servesWritesOnly(graph: Graph, blocks: BlockTable, t: number): boolean {
  if (blocks.behaviour[t]! & B_SERVES_WRITES) return true;
  if (!(blocks.behaviour[t]! & B_SPLITS) && blocks.role[t] !== ROLE_DNS) return false;
  let onward = 0;
  for (let c = graph.outStart[t]!; c < graph.outStart[t + 1]!; c++) {
    const v = graph.target[graph.outEdges[c]!]!;
    if (graph.edgeKind[graph.outEdges[c]!] === EDGE_REPLICATION) continue;
    if (v < 0 || !(blocks.behaviour[v]! & B_SERVES_WRITES)) return false;
    onward++;
  }
  return onward > 0;
}

function routeOf(graph: Graph, blocks: BlockTable, p: EdgeParams, e: number): number {
  let r = graph.closesCycle[e] === 1 || graph.target[e]! < 0 || graph.source[e]! < 0 ? ROUTE_DEAD : 0;
  if (graph.edgeKind[e] === EDGE_REPLICATION) r |= ROUTE_REPLICATION;
  if (p.appliesTo === 'reads') r |= ROUTE_READS;
  if (p.appliesTo === 'writes') r |= ROUTE_WRITES;
  // An ID generator is asked for an ID when something is created, not on every read; a
  // connection that lists its operations or says "reads" is taken at its word.
  const t = graph.target[e]!;
  if (p.appliesTo === 'all' && p.operations === null && t >= 0 && servesWritesOnly(graph, blocks, t)) r |= ROUTE_WRITES;
  if (p.operations !== null) r |= ROUTE_FILTERED;
  return r;
}

export function buildContext(design: Design, given: Pick<WithoutNotes, 'nodeIndex' | 'edgeIndex'> = { nodeIndex: null, edgeIndex: null }): EstimateContext {
  const givenField = (list: 'nodes' | 'edges', i: number): string => fieldInGiven(`${list}.${i}`, given);
  const problems: ParamProblem[] = [];
  const blocks = buildBlockTable(design.nodes, problems);
  const edges = design.edges.map((edge, i) => resolveEdgeParams(edge, i, problems));
  let firstClient = -1;
  for (let i = 0; i < blocks.count && firstClient < 0; i++) if (blocks.behaviour[i]! & B_CLIENT) firstClient = i;
  const nodeIndex = new Map<string, number>();
  design.nodes.forEach((node, i) => {
    if (!nodeIndex.has(node.id)) nodeIndex.set(node.id, i);
  });
  const ops = resolveOperations(design, nodeIndex, firstClient);
  const graph = buildGraph(design, nodeIndex, ops.map((o) => o.entry));
  // Region of each block, looked up once (and not at all in a design without region groups).
  const regionOfGroup = regionOfGroups(design);
  const region: (string | null)[] | null = regionOfGroup.size === 0 ? null : design.nodes.map((n) => (n.groupId !== undefined ? regionOfGroup.get(n.groupId) ?? null : null));
  const regionOf = (i: number): string | null => (region ? region[i]! : null);
  const route = new Uint8Array(graph.edgeCount);
  for (let e = 0; e < graph.edgeCount; e++) route[e] = routeOf(graph, blocks, edges[e]!, e);
  const directAlternative = directAlternatives(graph, blocks);
  const hopLatencyMs = new Float64Array(graph.edgeCount);
  const network = new Array<NetworkKind>(graph.edgeCount);
  const edgeRole = (i: number): boolean => blocks.role[i] === ROLE_CDN || blocks.role[i] === ROLE_DNS;
  for (let e = 0; e < graph.edgeCount; e++) {
    const s = graph.source[e]!;
    const t = graph.target[e]!;
    const p = edges[e]!;
    // A DNS block drawn in the path only resolves the name: the request's next hop is the
    // user's own trip over the Internet, as if from the client.
    const net = p.network ?? (s < 0 || t < 0 ? 'sameDataCenter' : hopNetwork(blocks, s, t, regionOf, edgeRole));
    network[e] = net;
    hopLatencyMs[e] = Number.isNaN(p.latencyMs) ? networkRoundTripMs[net].ms : p.latencyMs;
  }
  const { edgeOps, unknownFilterEntries } = resolveFilters(edges, ops);
  return { design, givenField, graph, blocks, edges, ops, peakFactor: peakFactor(design.workload.peak), hopLatencyMs, network, route, problems, windowDays: design.workload.reliabilityWindowDays ?? 30, edgeOps, unknownFilterEntries, directAlternative };
}

/**
 * The connections that make a DNS block's or a cache's onward connection redundant: for an edge
 * u -> t where u is a DNS block or a cache, the connections s -> t from the blocks s that call u.
 * A DNS block passes requests on, but when its callers also call t directly (client -> DNS -> LB
 * and client -> LB) the request already goes the direct way; a cache passes writes on, but when
 * the block that calls it also writes to the store directly (cache-aside drawn with a read-through
 * connection too) the write already went there. Each comes with the caller's connection to u: per
 * operation, traffic.ts skips such an edge when a caller that sent u the operation also sends it
 * the direct way. Null for every other edge.
 * Callers are looked for up through the chain of such blocks in front of u, since a write that
 * went down a tier of caches (app -> cache -> cache -> db beside app -> db) or through a DNS block
 * in the path (client -> DNS -> cache -> db beside client -> db) was sent by the block at its top.
 */
function directAlternatives(graph: Graph, blocks: BlockTable): (DirectAlternative[] | null)[] {
  const { source, target, edgeCount, nodeCount, outStart, outEdges, inStart, inEdges } = graph;
  const out = new Array<DirectAlternative[] | null>(edgeCount).fill(null);
  const passesOn = (u: number): boolean => blocks.role[u] === ROLE_DNS || (blocks.behaviour[u]! & B_CACHES) !== 0 && blocks.role[u] !== ROLE_CDN;
  let pairs: Map<number, number[]> | null = null;
  for (let u = 0; u < blocks.count; u++) {
    if (!passesOn(u)) continue;
    // Connections by (source, target), built once: a client may call thousands of blocks.
    if (!pairs) {
      pairs = new Map();
      for (let e = 0; e < edgeCount; e++) {
        if (source[e]! < 0 || target[e]! < 0) continue;
        const key = source[e]! * nodeCount + target[e]!;
        const list = pairs.get(key);
        if (list) list.push(e);
        else pairs.set(key, [e]);
      }
    }
    for (let c = outStart[u]!; c < outStart[u + 1]!; c++) {
      const e = outEdges[c]!;
      let direct: DirectAlternative[] | null = null;
      // The connections into the chain of DNS blocks and caches that ends at u, walked upwards.
      const chain = new Set<number>([u]);
      const stack = [u];
      while (stack.length > 0) {
        const w = stack.pop()!;
        for (let k = inStart[w]!; k < inStart[w + 1]!; k++) {
          const via = inEdges[k]!;
          const s = source[via]!;
          if (chain.has(s)) continue;
          const found = pairs.get(s * nodeCount + target[e]!);
          if (found) for (const d of found) (direct ??= []).push({ via, direct: d });
          if (passesOn(s)) {
            chain.add(s);
            stack.push(s);
          }
        }
      }
      out[e] = direct;
    }
  }
  return out;
}

/**
 * "Only these operations" names operations by id or by name (case and spacing aside), since people
 * type names; an entry that names neither is reported rather than silently matching nothing.
 */
function resolveFilters(edges: EdgeParams[], ops: ResolvedOperation[]): Pick<EstimateContext, 'edgeOps' | 'unknownFilterEntries'> {
  const unknownFilterEntries: EstimateContext['unknownFilterEntries'] = [];
  const edgeOps = edges.map((p, e) => {
    if (p.operations === null) return null;
    const set = new Set<number>();
    const unknown: string[] = [];
    for (const entry of p.operations) {
      const matched = ops.filter((o) => namesOperation(entry, o.op));
      if (matched.length === 0) unknown.push(entry);
      for (const o of matched) set.add(o.index);
    }
    if (unknown.length) unknownFilterEntries.push({ edge: e, entries: unknown });
    return set;
  });
  return { edgeOps, unknownFilterEntries };
}
