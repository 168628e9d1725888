import { plain } from '../../format';
import { B_CLIENT } from '../blockTable';
import { instanceAvailabilityAt, instancesRequired, retentionDaysAt, rpsPerInstanceAt } from '../blockFigures';
import { cpuBoundRps, instancesNeeded, memoryBoundRps, memoryWorkers, requestsInFlight, shardsNeeded, utilization } from '../formulas/capacity';
import { BYTES_PER_TB, bytesPerDay, bytesPerYear, bytesStored, storageNodesNeeded } from '../formulas/storage';
import { isWriteAt } from '../traffic';
import { BLOCK_FLAG, type BlockFigureKey } from '../schema';
import type { ExplainEnv } from './env';
import { blockName, computedInput, paramInput, workloadInput } from './inputs';
import type { Explanation, ExplanationInput } from './types';

/** Capacity and storage figures of a block, each rebuilt from the parameters it uses. */

type Maker = (env: ExplainEnv, i: number) => Omit<Explanation, 'figure'>;

function rpsPerInstanceExplained(env: ExplainEnv, i: number): Omit<Explanation, 'figure'> {
  const { ctx } = env;
  const p = ctx.blocks.num;
  const model = ctx.blocks.capacityModel[i];
  if (model === 'cpuBound') {
    return {
      formula: 'RPS per instance = cores / CPU time per request (CPU-bound)',
      inputs: [paramInput(ctx, i, 'cores', p.cores[i]!), paramInput(ctx, i, 'cpuMsPerRequest', p.cpuMsPerRequest[i]!)],
      result: { value: Math.max(cpuBoundRps(p.cores[i]!, p.cpuMsPerRequest[i]!), 1e-9), unit: 'rps' },
      notes: ['source: estimation-defaults.md, "Request estimation per server" (64 cores / 0.2 s = 320 RPS)'],
    };
  }
  if (model === 'memoryBound') {
    const workers = memoryWorkers(p.ramGB[i]!, p.osReserveGB[i]!, p.memoryPerWorkerMB[i]!);
    return {
      formula: 'RPS per instance = ((RAM - OS reserve) / memory per worker) * (1 / time per request) (memory-bound)',
      inputs: [
        paramInput(ctx, i, 'ramGB', p.ramGB[i]!),
        paramInput(ctx, i, 'osReserveGB', p.osReserveGB[i]!),
        paramInput(ctx, i, 'memoryPerWorkerMB', p.memoryPerWorkerMB[i]!),
        paramInput(ctx, i, 'memoryMsPerRequest', p.memoryMsPerRequest[i]!),
      ],
      result: { value: Math.max(memoryBoundRps(p.ramGB[i]!, p.osReserveGB[i]!, p.memoryPerWorkerMB[i]!, p.memoryMsPerRequest[i]!), 1e-9), unit: 'rps' },
      notes: [`${workers.toLocaleString('en-US')} workers fit in memory`, 'source: estimation-defaults.md, "Request estimation per server" ((256 - 16) GB / 300 MB = 800 workers; 800 * 20 = 16,000 RPS)'],
    };
  }
  return { formula: 'RPS per instance = the kind\'s per-instance rate', inputs: [paramInput(ctx, i, 'qpsPerInstance', p.qpsPerInstance[i]!)], result: { value: rpsPerInstanceAt(ctx.blocks, i), unit: 'rps' }, notes: [] };
}

function peakInputs(env: ExplainEnv, i: number): ExplanationInput[] {
  return [computedInput('peak rps', env.result.blocks.peakRps[i]!, 'rps'), computedInput('RPS per instance', rpsPerInstanceAt(env.ctx.blocks, i), 'rps')];
}

function storageInputs(env: ExplainEnv, i: number): { perDay: number; peakWrites: number; days: number; rf: number; tb: number; inputs: ExplanationInput[] } {
  const { ctx, result } = env;
  const n = ctx.blocks.count;
  const inputs: ExplanationInput[] = [];
  let perDay = 0;
  let writes = 0;
  for (const op of ctx.ops) {
    if (!isWriteAt(op, ctx.blocks.behaviour[i]!)) continue;
    const r = result.blocks.avgRpsByOperation[op.index * n + i]!;
    writes += r;
    const b = bytesPerDay(r, op.requestBytes);
    perDay += b;
    inputs.push(computedInput(`"${op.op.name}": ${plain(r)} writes/s * 86,400 s * ${plain(op.requestBytes)} B (payload mix included)`, b, 'bytes/day'));
  }
  return { perDay, peakWrites: writes * ctx.peakFactor, days: retentionDaysAt(ctx.blocks, i, ctx.design.workload.retentionDays), rf: ctx.blocks.num.replicationFactor[i]!, tb: ctx.blocks.num.storagePerNodeTB[i]!, inputs };
}

function retentionInput(env: ExplainEnv, i: number, days: number): ExplanationInput {
  return Number.isNaN(env.ctx.blocks.num.retentionDays[i]!) ? workloadInput('retention (workload)', days, 'days', 'workload.retentionDays') : paramInput(env.ctx, i, 'retentionDays', days);
}

const makers: Partial<Record<BlockFigureKey, Maker>> = {
  rpsPerInstance: rpsPerInstanceExplained,
  serviceTimeMs: (env, i) => ({ formula: 'the block\'s service time parameter', inputs: [paramInput(env.ctx, i, 'serviceTimeMs', env.ctx.blocks.num.serviceTimeMs[i]!)], result: { value: env.ctx.blocks.num.serviceTimeMs[i]!, unit: 'ms' }, notes: [] }),
  instances: (env, i) => ({ formula: 'the instances you drew', inputs: [paramInput(env.ctx, i, 'instances', env.ctx.blocks.num.instances[i]!)], result: { value: env.ctx.blocks.num.instances[i]!, unit: 'count' }, notes: [] }),
  targetUtilization: (env, i) => ({ formula: 'the target utilisation parameter', inputs: [paramInput(env.ctx, i, 'targetUtilization', env.ctx.blocks.num.targetUtilization[i]!)], result: { value: env.ctx.blocks.num.targetUtilization[i]!, unit: 'ratio' }, notes: [] }),
  instancesNeeded: (env, i) => {
    const [peak, rps] = peakInputs(env, i) as [ExplanationInput, ExplanationInput];
    const u = env.ctx.blocks.num.targetUtilization[i]!;
    return {
      formula: 'instances needed = ceil(peak rps / (RPS per instance * target utilisation))',
      inputs: [peak, rps, paramInput(env.ctx, i, 'targetUtilization', u)],
      result: { value: instancesNeeded(peak.value as number, rps.value as number, u), unit: 'count' },
      notes: ['source: estimation-defaults.md, "Request estimation per server" (servers needed)'],
    };
  },
  utilization: (env, i) => {
    const [peak, rps] = peakInputs(env, i) as [ExplanationInput, ExplanationInput];
    const n = env.ctx.blocks.num.instances[i]!;
    return { formula: 'utilisation = peak rps / (RPS per instance * instances drawn)', inputs: [peak, rps, paramInput(env.ctx, i, 'instances', n)], result: { value: utilization(peak.value as number, rps.value as number, n), unit: 'ratio' }, notes: ['above 1 the block cannot carry its peak'] };
  },
  peakConcurrentRequests: (env, i) => {
    const peak = env.result.blocks.peakRps[i]!;
    const ms = env.ctx.blocks.num.serviceTimeMs[i]!;
    return { formula: "Little's law: requests in flight = peak rps * service time (s)", inputs: [computedInput('peak rps', peak, 'rps'), paramInput(env.ctx, i, 'serviceTimeMs', ms)], result: { value: requestsInFlight(peak, ms), unit: 'requests' }, notes: ['source: estimation-defaults.md, "Other rules worth having"'] };
  },
  bytesPerDay: (env, i) => {
    const s = storageInputs(env, i);
    return { formula: 'bytes per day = sum over operations writing here of write rps * 86,400 s * bytes per request', inputs: s.inputs, result: { value: s.perDay, unit: 'bytes/day' }, notes: ['source: seed, "Example of resource estimation: Storage"'] };
  },
  bytesPerYear: (env, i) => {
    const s = storageInputs(env, i);
    return { formula: 'bytes per year = bytes per day * 365', inputs: [computedInput('bytes per day', s.perDay, 'bytes/day')], result: { value: bytesPerYear(s.perDay), unit: 'bytes/year' }, notes: [] };
  },
  retentionDays: (env, i) => {
    const s = storageInputs(env, i);
    return { formula: 'the block\'s retention when set, else the workload\'s', inputs: [retentionInput(env, i, s.days)], result: { value: s.days, unit: 'days' }, notes: [] };
  },
  replicationFactor: (env, i) => ({ formula: 'the replication factor parameter', inputs: [paramInput(env.ctx, i, 'replicationFactor', env.ctx.blocks.num.replicationFactor[i]!)], result: { value: env.ctx.blocks.num.replicationFactor[i]!, unit: 'copies' }, notes: [] }),
  bytesStored: (env, i) => {
    const s = storageInputs(env, i);
    return {
      formula: 'bytes stored = bytes per day * retention days * replication factor',
      inputs: [computedInput('bytes per day', s.perDay, 'bytes/day'), retentionInput(env, i, s.days), paramInput(env.ctx, i, 'replicationFactor', s.rf)],
      result: { value: bytesStored(s.perDay, s.days, s.rf), unit: 'bytes' },
      notes: [],
    };
  },
  storageNodesNeeded: (env, i) => {
    const s = storageInputs(env, i);
    const stored = bytesStored(s.perDay, s.days, s.rf);
    return { formula: 'storage nodes = ceil(bytes stored / (TB per node * 10^12)), at least 1', inputs: [computedInput('bytes stored', stored, 'bytes'), paramInput(env.ctx, i, 'storagePerNodeTB', s.tb)], result: { value: storageNodesNeeded(stored, s.tb), unit: 'count' }, notes: [] };
  },
  shardsNeeded: (env, i) => {
    const s = storageInputs(env, i);
    const rps = rpsPerInstanceAt(env.ctx.blocks, i);
    const u = env.ctx.blocks.num.targetUtilization[i]!;
    return {
      formula: 'shards = max(1, ceil(one copy of the data / bytes per node), ceil(peak write rps / (RPS per instance * target utilisation)))',
      inputs: [computedInput('one copy of the data (bytes per day * retention)', s.perDay * s.days, 'bytes'), paramInput(env.ctx, i, 'storagePerNodeTB', s.tb), computedInput('peak write rps', s.peakWrites, 'rps'), computedInput('RPS per instance', rps, 'rps'), paramInput(env.ctx, i, 'targetUtilization', u)],
      result: { value: shardsNeeded(s.perDay * s.days, s.tb * BYTES_PER_TB, s.peakWrites, rps, u), unit: 'count' },
      notes: ['every replica of a shard takes every write, so replicas add read capacity, not write capacity'],
    };
  },
  instanceAvailability: (env, i) => {
    const p = env.ctx.blocks.num;
    const set = !Number.isNaN(p.availability[i]!);
    return set
      ? { formula: 'availability per instance = the value you set', inputs: [paramInput(env.ctx, i, 'availability', p.availability[i]!)], result: { value: instanceAvailabilityAt(env.ctx.blocks, i), unit: 'ratio' }, notes: [] }
      : { formula: 'A = MTBF / (MTBF + MTTR)', inputs: [paramInput(env.ctx, i, 'mtbfHours', p.mtbfHours[i]!), paramInput(env.ctx, i, 'mttrHours', p.mttrHours[i]!)], result: { value: instanceAvailabilityAt(env.ctx.blocks, i), unit: 'ratio' }, notes: ['source: estimation-defaults.md, "Availability and reliability"'] };
  },
  instancesRequired: (env, i) => {
    const [peak, rps] = peakInputs(env, i) as [ExplanationInput, ExplanationInput];
    return { formula: 'k = max(1, ceil(peak rps / RPS per instance)): instances that must be up to carry the peak', inputs: [peak, rps], result: { value: instancesRequired(peak.value as number, rps.value as number), unit: 'count' }, notes: [] };
  },
};

/** Explain a capacity, storage or per-instance figure of block i; null if the key is not one of these. */
export function explainBlockCapacity(env: ExplainEnv, i: number, key: BlockFigureKey): Explanation | null {
  const make = makers[key];
  if (!make) return null;
  const name = blockName(env.ctx, i);
  if (env.ctx.blocks.behaviour[i]! & B_CLIENT) {
    return { figure: `${name}: ${key}`, formula: 'clients are users\' devices: not capacity we run', inputs: [], result: { value: 0, unit: '' }, notes: [] };
  }
  if (key in storageKeys && !(env.result.blocks.flags[i]! & BLOCK_FLAG.storesData)) {
    return { figure: `${name}: ${key}`, formula: 'this kind keeps no durable data', inputs: [], result: { value: 0, unit: '' }, notes: [] };
  }
  return { figure: `${name}: ${key}`, ...make(env, i) };
}

const storageKeys = { bytesPerDay: 1, bytesPerYear: 1, retentionDays: 1, replicationFactor: 1, bytesStored: 1, storageNodesNeeded: 1, shardsNeeded: 1 };
