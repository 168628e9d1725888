import { plain } from '../../format';
import { networkRoundTripMs } from '../../catalog';
import { EDGE_SYNC } from '../graph';
import { CARRY_LOG, CARRY_LOOKUP, CARRY_MEDIA, CARRY_META } from '../traffic';
import { passThrough } from '../edgeRules';
import { calledCaches, cachesFor } from '../caches';
import { B_CACHES, ROLE_DNS } from '../blockTable';
import { blockName } from './inputs';
import { edgeRps } from '../formulas/traffic';
import { bitsPerSecond } from '../formulas/bandwidth';
import type { EdgeFigureKey } from '../schema';
import type { ExplainEnv } from './env';
import { edgeName } from './env';
import { computedInput } from './inputs';
import type { Explanation, ExplanationInput } from './types';

/** Figures of one connection: its load per operation and in total, bandwidth and hop latency. */

/** What a connection carries for one operation, in words. */
function carriedText(content: number): string {
  if (content & CARRY_LOOKUP) return 'DNS lookups';
  if (content & CARRY_LOG) return 'log records';
  const parts = [content & CARRY_META ? 'metadata' : '', content & CARRY_MEDIA ? 'media' : ''].filter(Boolean);
  return parts.join(' and ') || 'nothing';
}

/** The patterns the engine recognised on this connection for this operation, for the notes. */
function patternNotes(env: ExplainEnv, e: number, opIndex: number): string[] {
  const { ctx, traffic } = env;
  const m = ctx.graph.edgeCount;
  const s = ctx.graph.source[e]!;
  const t = ctx.graph.target[e]!;
  const notes: string[] = [];
  const aside = traffic.edgeAside[opIndex * m + e]!;
  if (aside === 0) notes.push(`read-through: ${blockName(ctx, t)} gets its reads from the cache in front of it, only the misses; this direct connection carries the writes`);
  else if (aside !== 1) {
    const caches = calledCaches(ctx, s, ctx.ops[opIndex]!, traffic.edgeShare, opIndex * m).filter((v) => cachesFor(ctx, v, t) === 'aside').map((v) => blockName(ctx, v));
    notes.push(`cache-aside: ${blockName(ctx, s)} reads ${blockName(ctx, t)} only when ${caches.join(' and ')} misses (${plain(aside * 100)}% of reads)`);
  }
  if (s >= 0 && ctx.blocks.behaviour[s]! & B_CACHES && passThrough(ctx, s, ctx.ops[opIndex]!) < 1) notes.push(`read-through: ${blockName(ctx, s)} passes only its misses on to ${blockName(ctx, t)}`);
  const dns = traffic.dnsFactor[t]!;
  if (dns !== 1) notes.push(`DNS: clients cache answers, so ${blockName(ctx, t)} answers DAU * lookups per user per day / 86,400, ${plain(dns * 100)}% of the requests that reach it`);
  const content = traffic.edgeContent[opIndex * m + e]!;
  if (content) notes.push(`carries ${carriedText(content)}${ctx.edges[e]!.carries === 'auto' ? ' (media goes toward blob stores and CDNs, metadata to the other blocks)' : ` (as the connection says: ${ctx.edges[e]!.carries})`}`);
  return notes;
}

export function explainEdgeOperationRps(env: ExplainEnv, e: number, opIndex: number): Explanation {
  const { ctx, result, traffic } = env;
  const op = ctx.ops[opIndex]!;
  const m = ctx.graph.edgeCount;
  const s = ctx.graph.source[e]!;
  const t = ctx.graph.target[e]!;
  // A DNS block drawn in the path passes on every request, though it answers only the lookups.
  const sourceRps = s >= 0 ? result.blocks.avgRpsByOperation[opIndex * ctx.blocks.count + s]! / traffic.dnsFactor[s]! : 0;
  const pass = s >= 0 ? passThrough(ctx, s, op) : 0;
  const share = traffic.edgeShare[opIndex * m + e]!;
  const fanOut = ctx.edges[e]!.fanOut;
  const aside = traffic.edgeAside[opIndex * m + e]!;
  const dns = t >= 0 ? traffic.dnsFactor[t]! : 1;
  const notes: string[] = [];
  if (ctx.graph.closesCycle[e]) notes.push('this connection closes a cycle; its traffic is not followed');
  const keep = traffic.edgeKeep[opIndex * m + e]!;
  const skipped = s >= 0 && keep === 0;
  const dnsSource = s >= 0 && ctx.blocks.role[s] === ROLE_DNS;
  if (skipped) notes.push(dnsSource ? 'the blocks that call this DNS block also call this target directly, so requests go that way, not through the DNS block' : 'the block that calls this cache also writes to this store directly, so writes go that way, not through the cache');
  else if (keep < 1) notes.push(`${plain((1 - keep) * 100)}% of what reaches ${blockName(ctx, s)} comes from blocks that also call ${blockName(ctx, t)} directly, so that part goes that way; this connection carries the rest`);
  else if (share === 0 && !ctx.graph.closesCycle[e]) notes.push('this operation does not take this connection (a reads/writes or operation filter, an ID generator asked only when something is written, replication of reads, a metrics store that scrapes instead, or nothing of what it carries goes this way)');
  notes.push(...patternNotes(env, e, opIndex));
  const inputs = [
    computedInput('source rps for this operation', sourceRps, 'rps'),
    computedInput('passed on by the source', pass, 'ratio', 'cache hit ratio or rejected share of the source (1 for other blocks)'),
    computedInput('share of this connection', share, 'ratio', share === 0 ? 'this operation does not take it (see the notes)' : Number.isNaN(ctx.edges[e]!.share) ? 'default: 1, or an even split behind a load balancer' : 'the connection\'s share of traffic, as you set it'),
    computedInput('fan-out', fanOut, 'count', ctx.design.edges[e]!.params.fanOut === undefined ? 'default: 1' : 'the connection\'s fan-out, as you set it'),
  ];
  if (keep !== 1) inputs.push(computedInput('share not already sent the direct way', keep, 'ratio', 'what reached the source from blocks that do not also call the target directly (see the notes)'));
  if (aside !== 1) inputs.push(computedInput(aside === 0 ? 'reads left to the cache in front of it' : 'share the cache beside it misses', aside, 'ratio', aside === 0 ? 'read-through: the cache in front of this store sends it the misses, so this connection carries none of the reads' : 'cache-aside: 1 - hit ratio of each cache drawn beside this store with nothing behind it'));
  if (dns !== 1) inputs.push(computedInput('share answered as lookups', dns, 'ratio', 'DNS caching (estimation-defaults.md, "Where requests and bytes actually go")'));
  return {
    figure: `${edgeName(env, e)}: average rps of "${op.op.name}"`,
    formula: 'rps = source rps * share the source passes on (cache misses, unthrottled) * share of this connection * fan-out (* cache-aside misses for a store read, * share not already sent the direct way, * lookups share into DNS)',
    inputs,
    result: { value: ctx.graph.closesCycle[e] || share === 0 ? 0 : edgeRps(sourceRps, pass, share, fanOut, aside) * keep * dns, unit: 'rps' },
    notes,
  };
}

export function explainEdge(env: ExplainEnv, e: number, key: EdgeFigureKey): Explanation {
  const { ctx, result } = env;
  const name = edgeName(env, e);
  const m = ctx.graph.edgeCount;
  const perOp = (bytes: Float64Array | null, unit: string): { inputs: ExplanationInput[]; value: number } => {
    const inputs: ExplanationInput[] = [];
    let value = 0;
    for (const op of ctx.ops) {
      const r = result.edges.avgRpsByOperation[op.index * m + e]!;
      const b = bytes ? bytes[op.index * m + e]! : 0;
      const v = bytes ? bitsPerSecond(r, b) : r;
      inputs.push(computedInput(bytes ? `"${op.op.name}": ${plain(r)} rps * ${plain(b)} B * 8` : `"${op.op.name}"`, v, unit));
      value += v;
    }
    return { inputs, value };
  };
  switch (key) {
    case 'avgRps': {
      const { inputs, value } = perOp(null, 'rps');
      return { figure: `${name}: average rps`, formula: 'rps = sum over operations of the rps each sends along this connection', inputs, result: { value, unit: 'rps' }, notes: [] };
    }
    case 'peakRps':
      return { figure: `${name}: peak rps`, formula: 'peak rps = average rps * peak factor', inputs: [computedInput('average rps', result.edges.avgRps[e]!, 'rps'), computedInput('peak factor', ctx.peakFactor, 'x', 'workload peak model')], result: { value: result.edges.avgRps[e]! * ctx.peakFactor, unit: 'rps' }, notes: [] };
    case 'requestBitsPerSecond': {
      const { inputs, value } = perOp(env.traffic.edgeRequestBytes, 'bit/s');
      return { figure: `${name}: request bandwidth`, formula: 'bit/s = sum over operations of rps * bytes each request sends along this connection * 8', inputs, result: { value, unit: 'bit/s' }, notes: ['source: estimation-defaults.md, "Other rules worth having"', 'a write sends its metadata and/or media, a read its request; DNS lookups are about 100 B, log records the log store\'s record size'] };
    }
    case 'responseBitsPerSecond': {
      const sync = ctx.graph.edgeKind[e] === EDGE_SYNC;
      const { inputs, value } = perOp(env.traffic.edgeResponseBytes, 'bit/s');
      return sync
        ? { figure: `${name}: response bandwidth`, formula: 'bit/s = sum over operations of rps * bytes each response brings back * 8', inputs, result: { value, unit: 'bit/s' }, notes: ['a read gets metadata and/or media back, a write its response'] }
        : { figure: `${name}: response bandwidth`, formula: 'asynchronous and replication connections carry no response', inputs: [], result: { value: 0, unit: 'bit/s' }, notes: [] };
    }
    case 'avgRequestBytes':
    case 'avgResponseBytes': {
      const request = key === 'avgRequestBytes';
      const bps = request ? result.edges.requestBitsPerSecond[e]! : result.edges.responseBitsPerSecond[e]!;
      const rps = result.edges.avgRps[e]!;
      return {
        figure: `${name}: bytes per ${request ? 'request' : 'response'}`,
        formula: `bytes per ${request ? 'request' : 'response'} = ${request ? 'request' : 'response'} bit/s / 8 / rps (0 with no traffic)`,
        inputs: [computedInput(`${request ? 'request' : 'response'} bandwidth`, bps, 'bit/s'), computedInput('average rps', rps, 'rps')],
        result: { value: rps > 0 ? bps / 8 / rps : 0, unit: 'bytes' },
        notes: [],
      };
    }
    default: {
      const p = ctx.edges[e]!;
      const net = ctx.network[e]!;
      const set = !Number.isNaN(p.latencyMs);
      return {
        figure: `${name}: hop latency`,
        formula: set ? 'the hop latency you set' : `round trip on the ${net} network, from the latency table`,
        inputs: [set ? computedInput('hop latency', p.latencyMs, 'ms', `your design (${ctx.givenField('edges', e)}.params.latencyMs)`) : computedInput(`${net} round trip`, networkRoundTripMs[net].ms, 'ms', networkRoundTripMs[net].source)],
        result: { value: ctx.hopLatencyMs[e]!, unit: 'ms' },
        notes: p.network ? [] : ['network chosen from the blocks: an edge hop between a client and a CDN or DNS, the Internet between a client and anything else, cross-region between different region groups, else the same data center'],
      };
    }
  }
}
