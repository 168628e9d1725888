import { B_CLIENT } from '../blockTable';
import { isWriteAt } from '../edgeRules';
import { peakRps } from '../formulas/traffic';
import type { ExplainEnv } from './env';
import { edgeName } from './env';
import { blockName, computedInput, workloadInput } from './inputs';
import type { Explanation, ExplanationInput } from './types';

/** Load and bandwidth of a block: sums over what arrives, so the inputs are its connections. */

function opRpsAt(env: ExplainEnv, i: number, opIndex: number): number {
  return env.result.blocks.avgRpsByOperation[opIndex * env.ctx.blocks.count + i]!;
}

/** Traffic of one operation at block i: what its incoming connections carry, plus the entry rate. */
export function explainBlockOperationRps(env: ExplainEnv, i: number, opIndex: number): Explanation {
  const { ctx, result } = env;
  const op = ctx.ops[opIndex]!;
  const inputs: ExplanationInput[] = [];
  let value = 0;
  if (op.entry === i) {
    inputs.push(workloadInput(`"${op.op.name}" enters here: DAU * requests per user per day / 86,400 s`, op.avgRps, 'rps', `workload.operations.${opIndex}`));
    value += op.avgRps;
  }
  const m = ctx.graph.edgeCount;
  for (let c = env.inStart[i]!; c < env.inStart[i + 1]!; c++) {
    const e = env.inEdges[c]!;
    const r = result.edges.avgRpsByOperation[opIndex * m + e]!;
    if (r === 0) continue;
    inputs.push(computedInput(`connection ${edgeName(env, e)}`, r, 'rps'));
    value += r;
  }
  return {
    figure: `${blockName(ctx, i)}: average rps of "${op.op.name}"`,
    formula: 'rps = sum of the rps its incoming connections carry for this operation (+ the operation\'s own rate where it enters)',
    inputs,
    result: { value, unit: 'rps' },
    notes: inputs.length === 0 ? ['no traffic of this operation reaches the block'] : [],
  };
}

export function explainBlockLoad(env: ExplainEnv, i: number, figure: 'avgRps' | 'peakRps' | 'avgReadRps' | 'avgWriteRps'): Explanation {
  const { ctx } = env;
  const name = blockName(ctx, i);
  const behaviour = ctx.blocks.behaviour[i]!;
  const inputs: ExplanationInput[] = [];
  let value = 0;
  if (figure === 'peakRps') {
    const avg = env.result.blocks.avgRps[i]!;
    return {
      figure: `${name}: peak rps`,
      formula: 'peak rps = average rps * peak factor',
      inputs: [computedInput('average rps', avg, 'rps'), computedInput('peak factor', ctx.peakFactor, 'x', 'workload peak model (estimation-defaults.md, "Other rules worth having")')],
      result: { value: peakRps(avg, ctx.peakFactor), unit: 'rps' },
      notes: [],
    };
  }
  for (const op of ctx.ops) {
    const writes = isWriteAt(op, behaviour);
    if ((figure === 'avgWriteRps' && !writes) || (figure === 'avgReadRps' && writes)) continue;
    const r = opRpsAt(env, i, op.index);
    inputs.push(computedInput(`"${op.op.name}"${writes ? ' (writes here)' : ' (reads)'}`, r, 'rps'));
    value += r;
  }
  const what = figure === 'avgRps' ? 'every operation' : figure === 'avgWriteRps' ? 'operations that write here (all of them on a queue, log or metrics store)' : 'operations that only read';
  return { figure: `${name}: ${figure}`, formula: `rps = sum over ${what} of its rps at this block`, inputs, result: { value, unit: 'rps' }, notes: behaviour & B_CLIENT ? ['a client is where users\' requests start'] : [] };
}

export function explainBlockBandwidth(env: ExplainEnv, i: number, figure: 'inBitsPerSecond' | 'outBitsPerSecond'): Explanation {
  const { ctx, result } = env;
  const incoming = figure === 'inBitsPerSecond';
  const inputs: ExplanationInput[] = [];
  let value = 0;
  for (const op of ctx.ops) {
    if (op.entry !== i || ctx.blocks.behaviour[i]! & B_CLIENT) continue;
    const bps = op.avgRps * (incoming ? op.requestBytes : op.responseBytes) * 8;
    inputs.push(computedInput(`"${op.op.name}" from outside: rps * ${incoming ? 'request' : 'response'} bytes * 8`, bps, 'bit/s'));
    value += bps;
  }
  const { source, target } = ctx.graph;
  for (let e = 0; e < ctx.graph.edgeCount; e++) {
    const req = result.edges.requestBitsPerSecond[e]!;
    const resp = result.edges.responseBitsPerSecond[e]!;
    if (target[e] === i) {
      const v = incoming ? req : resp;
      if (v) inputs.push(computedInput(`${incoming ? 'requests on' : 'responses back on'} ${edgeName(env, e)}`, v, 'bit/s'));
      value += v;
    }
    if (source[e] === i) {
      const v = incoming ? resp : req;
      if (v) inputs.push(computedInput(`${incoming ? 'responses on' : 'requests on'} ${edgeName(env, e)}`, v, 'bit/s'));
      value += v;
    }
  }
  return {
    figure: `${blockName(ctx, i)}: bandwidth ${incoming ? 'in' : 'out'}`,
    formula: `bit/s ${incoming ? 'in' : 'out'} = requests arriving + responses coming back (in) or requests sent + responses returned (out), each rps * bytes * 8`,
    inputs,
    result: { value, unit: 'bit/s' },
    notes: ['source: estimation-defaults.md, "Other rules worth having" (bandwidth = bytes per day * 8 / 86,400)'],
  };
}
