import { plain } from '../../format';
import { B_CLIENT, B_SPLITS } from '../blockTable';
import { isSyncEdge, passThrough } from '../edgeRules';
import { operationPath, pathBuffers } from '../paths';
import { averageRps, payloadMixBytes, SECONDS_PER_DAY } from '../formulas/traffic';
import { RATE_PERIOD_SECONDS } from '../../model/workload';
import { downtimeSeconds, SECONDS_PER_DAY_AVAIL, SECONDS_PER_MONTH, SECONDS_PER_YEAR } from '../formulas/availability';
import type { ExplainEnv } from './env';
import { edgeName } from './env';
import { blockName, computedInput, workloadInput } from './inputs';
import type { Explanation, ExplanationInput, OperationFigureKey } from './types';

/** Figures of one operation: its rate, sizes, latency along the synchronous path and availability. */

/**
 * Expected latency, unrolled: each block's service time and each hop's latency, weighted by the
 * share of requests that reach it (connection shares up to 1, times what caches let through).
 * The sum equals the engine's recursion L(u) = service + pass * sum(share * (hop + L(v))).
 */
function latencyTerms(env: ExplainEnv, opIndex: number): { inputs: ExplanationInput[]; value: number } {
  const { ctx, traffic } = env;
  const op = ctx.ops[opIndex]!;
  const { nodeCount, edgeCount, topo, outStart, outEdges, target } = ctx.graph;
  const weight = new Float64Array(nodeCount);
  const inputs: ExplanationInput[] = [];
  let value = 0;
  if (op.entry < 0) return { inputs, value };
  weight[op.entry] = 1;
  for (let t = 0; t < nodeCount; t++) {
    const u = topo[t]!;
    const w = weight[u]!;
    if (w === 0 || traffic.reached[opIndex * nodeCount + u] === 0) continue;
    const service = ctx.blocks.behaviour[u]! & B_CLIENT ? 0 : ctx.blocks.num.serviceTimeMs[u]!;
    if (service > 0) {
      const userSet = ctx.design.nodes[u]!.params.serviceTimeMs !== undefined;
      inputs.push(computedInput(`${blockName(ctx, u)}: ${service} ms service time * ${plain(w * 100)}% of requests`, w * service, 'ms', userSet ? `your design (${ctx.givenField('nodes', u)}.params.serviceTimeMs)` : `catalog default for ${ctx.blocks.kind[u]!.name}`));
      value += w * service;
    }
    const pass = passThrough(ctx, u, op);
    for (let c = outStart[u]!; c < outStart[u + 1]!; c++) {
      const e = outEdges[c]!;
      const share = traffic.edgeShare[opIndex * edgeCount + e]!;
      if (!isSyncEdge(ctx, e) || share <= 0) continue;
      const hopWeight = w * pass * Math.min(1, share) * traffic.edgeAside[opIndex * edgeCount + e]!;
      weight[target[e]!]! += hopWeight;
      const hop = ctx.hopLatencyMs[e]!;
      if (hop > 0 && hopWeight > 0) {
        inputs.push(computedInput(`hop ${edgeName(env, e)}: ${hop} ms * ${plain(hopWeight * 100)}% of requests`, hopWeight * hop, 'ms', 'latency table (estimation-defaults.md, "Important latencies") or the connection\'s own latency'));
        value += hopWeight * hop;
      }
    }
  }
  return { inputs, value };
}

/** Worst latency per block (every cache misses, slowest alternative), then the entry's terms. */
function worstTerms(env: ExplainEnv, opIndex: number): { inputs: ExplanationInput[]; value: number } {
  const { ctx, traffic } = env;
  const op = ctx.ops[opIndex]!;
  const { nodeCount, edgeCount, topo, outStart, outEdges, target } = ctx.graph;
  const worst = new Float64Array(nodeCount);
  const service = (u: number): number => (ctx.blocks.behaviour[u]! & B_CLIENT ? 0 : ctx.blocks.num.serviceTimeMs[u]!);
  const children = (u: number, visit: (e: number, v: number) => void): void => {
    for (let c = outStart[u]!; c < outStart[u + 1]!; c++) {
      const e = outEdges[c]!;
      if (isSyncEdge(ctx, e) && traffic.edgeShare[opIndex * edgeCount + e]! > 0) visit(e, target[e]!);
    }
  };
  for (let t = nodeCount - 1; t >= 0; t--) {
    const u = topo[t]!;
    if (traffic.reached[opIndex * nodeCount + u] === 0) continue;
    const splits = (ctx.blocks.behaviour[u]! & B_SPLITS) !== 0;
    let slowest = 0;
    children(u, (e, v) => {
      const term = ctx.hopLatencyMs[e]! + worst[v]!;
      slowest = splits ? Math.max(slowest, term) : slowest + term;
    });
    worst[u] = service(u) + slowest;
  }
  if (op.entry < 0) return { inputs: [], value: 0 };
  const u = op.entry;
  const inputs: ExplanationInput[] = [computedInput(`${blockName(ctx, u)}: service time`, service(u), 'ms')];
  const splits = (ctx.blocks.behaviour[u]! & B_SPLITS) !== 0;
  let best: ExplanationInput | null = null;
  children(u, (e, v) => {
    const input = computedInput(`hop ${edgeName(env, e)} + worst latency from ${blockName(ctx, v)}`, ctx.hopLatencyMs[e]! + worst[v]!, 'ms');
    if (!splits) inputs.push(input);
    else if (!best || (input.value as number) > (best.value as number)) best = input;
  });
  if (best) inputs.push(best);
  return { inputs, value: worst[u]! };
}

export function explainOperation(env: ExplainEnv, opIndex: number, key: OperationFigureKey): Explanation {
  const { ctx, result } = env;
  const op = ctx.ops[opIndex]!;
  const est = result.operations[opIndex]!;
  const figure = `"${op.op.name}": ${key}`;
  const field = `workload.operations.${opIndex}`;
  const dau = workloadInput('daily active users', ctx.design.workload.dailyActiveUsers, 'users', 'workload.dailyActiveUsers');
  const perUser = workloadInput('requests per user per day', op.op.requestsPerUserPerDay, 'requests', `${field}.requestsPerUserPerDay`);
  const rate = op.op.rate;
  const total = rate ? workloadInput(`requests in all per ${rate.per}`, rate.count, 'requests', `${field}.rate`) : null;
  const periodSeconds = rate ? computedInput(`seconds per ${rate.per}`, RATE_PERIOD_SECONDS[rate.per], 's') : null;
  switch (key) {
    case 'requestsPerDay':
      if (total && periodSeconds) return { figure, formula: 'requests per day = requests in all per period / seconds per period * 86,400 s', inputs: [total, periodSeconds], result: { value: op.avgRps * SECONDS_PER_DAY, unit: 'requests/day' }, notes: [] };
      return { figure, formula: 'requests per day = DAU * requests per user per day', inputs: [dau, perUser], result: { value: ctx.design.workload.dailyActiveUsers * op.op.requestsPerUserPerDay, unit: 'requests/day' }, notes: [] };
    case 'avgRps':
      if (total && periodSeconds) return { figure, formula: 'average rps = requests in all per period / seconds per period (the operation\'s rate is given as a total)', inputs: [total, periodSeconds], result: { value: op.avgRps, unit: 'rps' }, notes: [] };
      return { figure, formula: 'average rps = DAU * requests per user per day / 86,400 s', inputs: [dau, perUser, computedInput('seconds per day', SECONDS_PER_DAY, 's', 'estimation-defaults.md')], result: { value: averageRps(ctx.design.workload.dailyActiveUsers, op.op.requestsPerUserPerDay), unit: 'rps' }, notes: [] };
    case 'peakRps':
      return { figure, formula: 'peak rps = average rps * peak factor', inputs: [computedInput('average rps', op.avgRps, 'rps'), computedInput('peak factor', ctx.peakFactor, 'x', 'workload.peak (a factor, or traffic share / time share of the busy window)')], result: { value: op.avgRps * ctx.peakFactor, unit: 'rps' }, notes: [] };
    case 'requestBytes':
    case 'responseBytes': {
      const isReq = key === 'requestBytes';
      const base = isReq ? op.op.requestBytes : op.op.responseBytes;
      const carriesMix = isReq === op.op.writes;
      const mix = payloadMixBytes(op.op.payloadMix);
      return {
        figure,
        formula: `${isReq ? 'request' : 'response'} bytes = ${isReq ? 'request' : 'response'} size${carriesMix ? ' + sum of share * bytes over the payload mix' : ''}`,
        inputs: [workloadInput(isReq ? 'request size' : 'response size', base, 'bytes', `${field}.${key}`), ...(carriesMix ? [workloadInput('payload mix average', mix, 'bytes', `${field}.payloadMix`)] : [])],
        result: { value: base + (carriesMix ? mix : 0), unit: 'bytes' },
        notes: ['the payload mix travels with writes in the request and with reads in the response'],
      };
    }
    case 'latencyMs': {
      const { inputs, value } = latencyTerms(env, opIndex);
      return { figure, formula: 'latency = sum over the synchronous path of service times and hop latencies, each weighted by the share of requests that reach it (cache hits stop early)', inputs, result: { value, unit: 'ms' }, notes: ['asynchronous and replication connections are off the user\'s path'] };
    }
    case 'worstLatencyMs': {
      const { inputs, value } = worstTerms(env, opIndex);
      return { figure, formula: 'worst latency = service time + sum over called blocks of (hop + their worst latency); a load balancer counts its slowest target; caches always miss', inputs, result: { value, unit: 'ms' }, notes: [] };
    }
    case 'availability': {
      // A read needs one copy of a store, a write the copies its write consistency asks for.
      const blockA = (op.op.writes ? result.blocks.writeAvailability : result.blocks.readAvailability).slice();
      for (let i = 0; i < ctx.blocks.count; i++) if (ctx.blocks.behaviour[i]! & B_CLIENT) blockA[i] = 1;
      const buf = pathBuffers(ctx.graph.nodeCount);
      const path = operationPath(ctx, env.traffic, op, blockA, buf);
      const inputs = path.critical.filter((u) => !(ctx.blocks.behaviour[u]! & B_CLIENT)).map((u) => computedInput(`${blockName(ctx, u)} (on every path)`, blockA[u]!, 'ratio'));
      const redundant = op.entry >= 0 ? buf.avail[op.entry]! : 0;
      inputs.push(computedInput('everything else: series where a block calls several, parallel across a load balancer\'s alternatives', redundant, 'ratio'));
      return { figure, formula: `A = product of the availability of blocks on every path * availability of the redundant rest (stores at their ${op.op.writes ? 'write' : 'read'} availability)`, inputs, result: { value: path.availability, unit: 'ratio' }, notes: ['source: estimation-defaults.md, "Availability and reliability" (series and parallel)'] };
    }
    default: {
      const period = key === 'downtimeSecondsPerYear' ? SECONDS_PER_YEAR : key === 'downtimeSecondsPerMonth' ? SECONDS_PER_MONTH : SECONDS_PER_DAY_AVAIL;
      return { figure, formula: 'downtime = (1 - A) * period (year 365 d, month 30 d, day)', inputs: [computedInput('availability', est.availability, 'ratio'), computedInput('period', period, 's', 'estimation-defaults.md, downtime table')], result: { value: downtimeSeconds(est.availability, period), unit: 's' }, notes: [] };
    }
  }
}
