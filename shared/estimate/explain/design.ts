import { B_CLIENT, ROLE_DNS } from '../blockTable';
import { EDGE_REPLICATION } from '../graph';
import { isWriteAt } from '../edgeRules';
import { BLOCK_FLAG, type DesignTotals } from '../schema';
import type { ExplainEnv } from './env';
import { edgeName } from './env';
import { blockName, computedInput } from './inputs';
import type { DesignFigureKey, Explanation, ExplanationInput } from './types';

/** Design totals: sums over operations or blocks, listed as their terms. */

type ColumnKey = 'bytesPerDay' | 'bytesPerYear' | 'bytesStored' | 'instances';

/** Share of block i's written bytes that arrive over replication connections (copies of data kept elsewhere). */
function replicatedShare(env: ExplainEnv, i: number): number {
  const { ctx, traffic } = env;
  const m = ctx.graph.edgeCount;
  let all = 0;
  let copies = 0;
  for (const op of ctx.ops) {
    if (!isWriteAt(op, ctx.blocks.behaviour[i]!)) continue;
    if (op.entry === i) all += op.avgRps * op.requestBytes;
    for (let c = env.inStart[i]!; c < env.inStart[i + 1]!; c++) {
      const e = env.inEdges[c]!;
      const b = traffic.edgeRps[op.index * m + e]! * traffic.edgeRequestBytes[op.index * m + e]!;
      all += b;
      if (ctx.graph.edgeKind[e] === EDGE_REPLICATION) copies += b;
    }
  }
  return all > 0 ? copies / all : 0;
}

/** `only`: the product's stores, the operational ones (queues, logs, metrics), or every block. */
function sumBlocks(env: ExplainEnv, column: ColumnKey, unit: string, only: 'product' | 'operational' | 'all' = 'all', skipManaged = false): { inputs: ExplanationInput[]; value: number } {
  const inputs: ExplanationInput[] = [];
  let value = 0;
  const cols = env.result.blocks;
  for (let i = 0; i < cols.id.length; i++) {
    if (env.ctx.blocks.behaviour[i]! & B_CLIENT) continue;
    const operational = (cols.flags[i]! & BLOCK_FLAG.operational) !== 0;
    if (skipManaged && cols.flags[i]! & BLOCK_FLAG.managed) continue;
    if ((only === 'product' && operational) || (only === 'operational' && !operational)) continue;
    // New data a day counts once: a replica's copy is left out of per-day and per-year growth.
    const copy = column === 'bytesPerDay' || column === 'bytesPerYear' ? replicatedShare(env, i) : 0;
    const v = cols[column][i]! * (1 - copy);
    if (v !== 0) inputs.push(computedInput(copy > 0 ? `${blockName(env.ctx, i)} (less the ${Math.round(copy * 100)}% it receives as a replica)` : blockName(env.ctx, i), v, unit));
    value += v;
  }
  return { inputs, value };
}

export function explainDesign(env: ExplainEnv, key: DesignFigureKey): Explanation {
  const { ctx, result } = env;
  const figure = `design: ${key}`;
  if (key.startsWith('scores.')) {
    const score = result.scores[key.slice('scores.'.length) as keyof typeof result.scores];
    return { figure, formula: 'design score = average of the blocks\' scores + design-wide rules, kept between 0 and 100', inputs: score.reasons.map((r) => ({ name: r.reason, value: r.points, unit: 'points', source: 'Envelope score rules' })), result: { value: score.value, unit: 'points' }, notes: [] };
  }
  const k = key as keyof DesignTotals;
  const ops = (pick: (o: (typeof result.operations)[number]) => number, filter: (o: (typeof result.operations)[number]) => boolean = () => true): ExplanationInput[] =>
    result.operations.filter(filter).map((o) => computedInput(`"${o.name}"`, pick(o), 'rps'));
  const total = (inputs: ExplanationInput[]): number => inputs.reduce((s, i) => s + (i.value as number), 0);
  const make = (formula: string, inputs: ExplanationInput[], value: number, unit: string): Explanation => ({ figure, formula, inputs, result: { value, unit }, notes: [] });
  switch (k) {
    case 'peakFactor': {
      const peak = ctx.design.workload.peak;
      return peak.type === 'factor'
        ? make('peak factor as set', [computedInput('factor', peak.factor, 'x', 'workload.peak.factor')], peak.factor, 'x')
        : make('peak factor = share of traffic / share of the day it arrives in', [computedInput('traffic share', peak.trafficShare, 'ratio', 'workload.peak.trafficShare'), computedInput('time share', peak.timeShare, 'ratio', 'workload.peak.timeShare')], peak.trafficShare / peak.timeShare, 'x');
    }
    case 'avgRps': {
      const inputs = ops((o) => o.avgRps);
      return make('average rps = sum over operations', inputs, total(inputs), 'rps');
    }
    case 'avgReadRps':
    case 'avgWriteRps': {
      const inputs = ops((o) => o.avgRps, (o) => o.writes === (k === 'avgWriteRps'));
      return make(`sum over operations that ${k === 'avgWriteRps' ? 'write' : 'only read'}`, inputs, total(inputs), 'rps');
    }
    case 'peakRps':
      return make('peak rps = average rps * peak factor', [computedInput('average rps', result.totals.avgRps, 'rps'), computedInput('peak factor', ctx.peakFactor, 'x')], result.totals.avgRps * ctx.peakFactor, 'rps');
    case 'instances': {
      const s = sumBlocks(env, 'instances', 'count', 'all', true);
      return make('instances = sum of the instances on every block we run (managed services scale themselves and are left out)', s.inputs, s.value, 'count');
    }
    case 'instancesNeeded':
    case 'instancesNeededAvg': {
      const inputs: ExplanationInput[] = [];
      const cols = result.blocks;
      const load = k === 'instancesNeeded' ? cols.instancesNeeded : cols.instancesNeededAvg;
      for (let i = 0; i < cols.id.length; i++) {
        if (ctx.blocks.behaviour[i]! & B_CLIENT) continue;
        inputs.push(computedInput(`${blockName(ctx, i)}: max(for load, for storage)`, Math.max(load[i]!, cols.storageNodesNeeded[i]!), 'count'));
      }
      return make(`instances needed = sum over blocks of max(instances for the ${k === 'instancesNeeded' ? 'peak' : 'average'} load, storage nodes)`, inputs, total(inputs), 'count');
    }
    case 'storageBytesPerDay':
    case 'storageBytesPerYear':
    case 'storageBytesStored': {
      const column = k === 'storageBytesPerDay' ? 'bytesPerDay' : k === 'storageBytesPerYear' ? 'bytesPerYear' : 'bytesStored';
      const s = sumBlocks(env, column, 'bytes', 'product');
      return make(`sum of ${column} over the blocks that keep the product's data (queues, logs and metrics are operational, counted apart)`, s.inputs, s.value, 'bytes');
    }
    case 'operationalBytesPerDay':
    case 'operationalBytesStored': {
      const column = k === 'operationalBytesPerDay' ? 'bytesPerDay' : 'bytesStored';
      const s = sumBlocks(env, column, 'bytes', 'operational');
      return make(`sum of ${column} over queues, pub-sub, logs and metrics (kept for a window)`, s.inputs, s.value, 'bytes');
    }
    case 'ingressBitsPerSecond':
    case 'egressBitsPerSecond':
    case 'peakIngressBitsPerSecond':
    case 'peakEgressBitsPerSecond': {
      const ingress = k === 'ingressBitsPerSecond' || k === 'peakIngressBitsPerSecond';
      const peak = k.startsWith('peak') ? ctx.peakFactor : 1;
      const inputs: ExplanationInput[] = [];
      for (const op of ctx.ops) {
        if (op.entry < 0 || ctx.blocks.behaviour[op.entry]! & B_CLIENT) continue;
        inputs.push(computedInput(`"${op.op.name}" enters at ${blockName(ctx, op.entry)}`, op.avgRps * (ingress ? op.requestBytes : op.responseBytes) * 8 * peak, 'bit/s'));
      }
      for (let e = 0; e < ctx.graph.edgeCount; e++) {
        const s = ctx.graph.source[e]!;
        const t = ctx.graph.target[e]!;
        if (s < 0 || t < 0) continue;
        const toClient = (ctx.blocks.behaviour[t]! & B_CLIENT) !== 0;
        // A DNS block drawn in the path passes on what the users send: its onward hop crosses too.
        const fromClient = (ctx.blocks.behaviour[s]! & B_CLIENT) !== 0 || (ctx.blocks.role[s] === ROLE_DNS && !toClient && ctx.blocks.role[t] !== ROLE_DNS);
        if (fromClient === toClient) continue;
        const v = (fromClient === ingress ? result.edges.requestBitsPerSecond[e]! : result.edges.responseBitsPerSecond[e]!) * peak;
        if (v) inputs.push(computedInput(edgeName(env, e), v, 'bit/s'));
      }
      return make(`${ingress ? 'ingress' : 'egress'} = bytes crossing between clients (or the outside) and the blocks we run${peak !== 1 ? ', times the peak factor' : ''}`, inputs, total(inputs), 'bit/s');
    }
    case 'lowestOperationAvailability': {
      const inputs = result.operations.filter((o) => o.entryNodeId !== null).map((o) => computedInput(`"${o.name}"`, o.availability, 'ratio'));
      return make('the lowest availability of any operation (1 with none)', inputs, inputs.reduce((m, i) => Math.min(m, i.value as number), 1), 'ratio');
    }
    default:
      return make('the reliability window of the workload (30 days when unset)', [computedInput('window', ctx.windowDays, 'days', 'workload.reliabilityWindowDays')], ctx.windowDays, 'days');
  }
}
