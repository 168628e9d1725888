import { plain } from '../../format';
import { networkRoundTripMs } from '../../catalog';
import { EDGE_SYNC } from '../graph';
import { passThrough } from '../traffic';
import { edgeRps } from '../formulas/traffic';
import { bitsPerSecond } from '../formulas/bandwidth';
import type { EdgeFigureKey } from '../schema';
import type { ExplainEnv } from './env';
import { edgeName } from './env';
import { computedInput } from './inputs';
import type { Explanation, ExplanationInput } from './types';

/** Figures of one connection: its load per operation and in total, bandwidth and hop latency. */

export function explainEdgeOperationRps(env: ExplainEnv, e: number, opIndex: number): Explanation {
  const { ctx, result, traffic } = env;
  const op = ctx.ops[opIndex]!;
  const s = ctx.graph.source[e]!;
  const sourceRps = s >= 0 ? result.blocks.avgRpsByOperation[opIndex * ctx.blocks.count + s]! : 0;
  const pass = s >= 0 ? passThrough(ctx, s, op) : 0;
  const share = traffic.edgeShare[opIndex * ctx.graph.edgeCount + e]!;
  const fanOut = ctx.edges[e]!.fanOut;
  const notes: string[] = [];
  if (ctx.graph.closesCycle[e]) notes.push('this connection closes a cycle; its traffic is not followed');
  if (share === 0 && !ctx.graph.closesCycle[e]) notes.push('this operation does not take this connection (reads/writes filter, operation list, or replication of reads)');
  return {
    figure: `${edgeName(env, e)}: average rps of "${op.op.name}"`,
    formula: 'rps = source rps * share the source passes on (cache misses, unthrottled) * share of this connection * fan-out',
    inputs: [
      computedInput('source rps for this operation', sourceRps, 'rps'),
      computedInput('passed on by the source', pass, 'ratio', 'cache hit ratio or rejected share of the source (1 for other blocks)'),
      computedInput('share of this connection', share, 'ratio', Number.isNaN(ctx.edges[e]!.share) ? 'default: 1, or an even split behind a load balancer' : `your design (edges.${e}.params.share)`),
      computedInput('fan-out', fanOut, 'count', `edges.${e}.params.fanOut (1 when unset)`),
    ],
    result: { value: ctx.graph.closesCycle[e] || share === 0 ? 0 : edgeRps(sourceRps, pass, share, fanOut), unit: 'rps' },
    notes,
  };
}

export function explainEdge(env: ExplainEnv, e: number, key: EdgeFigureKey): Explanation {
  const { ctx, result } = env;
  const name = edgeName(env, e);
  const m = ctx.graph.edgeCount;
  const perOp = (bytes: (o: (typeof ctx.ops)[number]) => number, unit: string, bits: boolean): { inputs: ExplanationInput[]; value: number } => {
    const inputs: ExplanationInput[] = [];
    let value = 0;
    for (const op of ctx.ops) {
      const r = result.edges.avgRpsByOperation[op.index * m + e]!;
      const v = bits ? bitsPerSecond(r, bytes(op)) : r;
      inputs.push(computedInput(bits ? `"${op.op.name}": ${plain(r)} rps * ${plain(bytes(op))} B * 8` : `"${op.op.name}"`, v, unit));
      value += v;
    }
    return { inputs, value };
  };
  switch (key) {
    case 'avgRps': {
      const { inputs, value } = perOp(() => 0, 'rps', false);
      return { figure: `${name}: average rps`, formula: 'rps = sum over operations of the rps each sends along this connection', inputs, result: { value, unit: 'rps' }, notes: [] };
    }
    case 'peakRps':
      return { figure: `${name}: peak rps`, formula: 'peak rps = average rps * peak factor', inputs: [computedInput('average rps', result.edges.avgRps[e]!, 'rps'), computedInput('peak factor', ctx.peakFactor, 'x', 'workload peak model')], result: { value: result.edges.avgRps[e]! * ctx.peakFactor, unit: 'rps' }, notes: [] };
    case 'requestBitsPerSecond': {
      const { inputs, value } = perOp((o) => o.requestBytes, 'bit/s', true);
      return { figure: `${name}: request bandwidth`, formula: 'bit/s = sum over operations of rps * request bytes * 8', inputs, result: { value, unit: 'bit/s' }, notes: ['source: estimation-defaults.md, "Other rules worth having"'] };
    }
    case 'responseBitsPerSecond': {
      const sync = ctx.graph.edgeKind[e] === EDGE_SYNC;
      const { inputs, value } = perOp((o) => o.responseBytes, 'bit/s', true);
      return sync
        ? { figure: `${name}: response bandwidth`, formula: 'bit/s = sum over operations of rps * response bytes * 8', inputs, result: { value, unit: 'bit/s' }, notes: [] }
        : { figure: `${name}: response bandwidth`, formula: 'asynchronous and replication connections carry no response', inputs: [], result: { value: 0, unit: 'bit/s' }, notes: [] };
    }
    default: {
      const p = ctx.edges[e]!;
      const net = ctx.network[e]!;
      const set = !Number.isNaN(p.latencyMs);
      return {
        figure: `${name}: hop latency`,
        formula: set ? 'the hop latency you set' : `round trip on the ${net} network, from the latency table`,
        inputs: [set ? computedInput('hop latency', p.latencyMs, 'ms', `your design (edges.${e}.params.latencyMs)`) : computedInput(`${net} round trip`, networkRoundTripMs[net].ms, 'ms', networkRoundTripMs[net].source)],
        result: { value: ctx.hopLatencyMs[e]!, unit: 'ms' },
        notes: p.network ? [] : ['network chosen from the blocks: the Internet to or from a client, cross-region between different region groups, else the same data center'],
      };
    }
  }
}
