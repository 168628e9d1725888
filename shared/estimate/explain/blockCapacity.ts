import { plain } from '../../format';
import { B_CLIENT, ROLE_METRICS } from '../blockTable';
import { copiesAt, instanceAvailabilityAt, instancesRequired, nodesAt, retentionDaysAt, rpsPerInstanceAt, watchedInstances } from '../blockFigures';
import { cpuBoundRps, instancesNeeded, memoryBoundRps, memoryWorkers, requestsInFlight, shardsNeeded, utilization } from '../formulas/capacity';
import { BYTES_PER_TB, bytesPerDay, bytesPerYear, bytesStored, DAYS_PER_YEAR, metricBytesPerDay, storageNodesNeeded } from '../formulas/storage';
import { isWriteAt } from '../edgeRules';
import { BLOCK_FLAG, type BlockFigureKey } from '../schema';
import { edgeName, type ExplainEnv } from './env';
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
  const reason = ctx.blocks.capacityModelReason[i] === 'typed' ? ['you typed a per-instance rate, so it is used (the capacity model follows what you type)'] : [];
  if (!Number.isNaN(p.readQpsPerInstance[i]!)) {
    const cols = env.result.blocks;
    const peakReads = cols.avgReadRps[i]! * ctx.peakFactor;
    const peakWrites = cols.avgWriteRps[i]! * ctx.peakFactor;
    return {
      formula: 'RPS per instance = peak rps / (peak reads / reads per instance + peak writes / writes per instance): reads and writes have their own rates',
      inputs: [computedInput('peak reads', peakReads, 'rps'), paramInput(ctx, i, 'readQpsPerInstance', p.readQpsPerInstance[i]!), computedInput('peak writes', peakWrites, 'rps'), paramInput(ctx, i, 'qpsPerInstance', p.qpsPerInstance[i]!, 'Writes/s per instance')],
      result: { value: rpsPerInstanceAt(ctx.blocks, i, peakReads, peakWrites), unit: 'rps' },
      notes: [...reason, 'source: estimation-defaults.md, "Where requests and bytes actually go" (object store request rates)'],
    };
  }
  return { formula: 'RPS per instance = the kind\'s per-instance rate', inputs: [paramInput(ctx, i, 'qpsPerInstance', p.qpsPerInstance[i]!)], result: { value: rpsPerInstanceAt(ctx.blocks, i), unit: 'rps' }, notes: reason };
}

function peakInputs(env: ExplainEnv, i: number, load: 'peak' | 'average' = 'peak'): ExplanationInput[] {
  const rps = load === 'peak' ? env.result.blocks.peakRps[i]! : env.result.blocks.avgRps[i]!;
  return [computedInput(`${load} rps`, rps, 'rps'), computedInput('RPS per instance', env.result.blocks.rpsPerInstance[i]!, 'rps')];
}

const MANAGED_NOTE = 'a managed service scales itself: there is no fleet of ours to size (set instances to model your own)';

function isManaged(env: ExplainEnv, i: number): boolean {
  return (env.result.blocks.flags[i]! & BLOCK_FLAG.managed) !== 0;
}

function storageInputs(env: ExplainEnv, i: number): { perDay: number; peakWrites: number; days: number; rf: number; tb: number; inputs: ExplanationInput[]; formula: string } {
  const { ctx, result, traffic } = env;
  const m = ctx.graph.edgeCount;
  const inputs: ExplanationInput[] = [];
  let perDay = 0;
  let formula = 'bytes per day = sum over operations writing here of what arrives: rps * 86,400 s * bytes each request brings';
  const days = retentionDaysAt(ctx.blocks, i, ctx.design.workload.retentionDays);
  const rf = copiesAt(ctx, i);
  const peakWrites = result.blocks.avgWriteRps[i]! * ctx.peakFactor;
  const tb = ctx.blocks.num.storagePerNodeTB[i]!;
  if (ctx.blocks.role[i] === ROLE_METRICS) {
    const p = ctx.blocks.num;
    const watched = watchedInstances(ctx, i);
    perDay = metricBytesPerDay(watched, p.seriesPerInstance[i]!, p.scrapeIntervalSeconds[i]!, p.bytesPerSample[i]!);
    inputs.push(computedInput('instances watched (connected blocks, or every block we run)', watched, 'count'), paramInput(ctx, i, 'seriesPerInstance', p.seriesPerInstance[i]!), paramInput(ctx, i, 'scrapeIntervalSeconds', p.scrapeIntervalSeconds[i]!), paramInput(ctx, i, 'bytesPerSample', p.bytesPerSample[i]!));
    formula = 'bytes per day = instances watched * series per instance / scrape interval * 86,400 s * bytes per sample (metric samples, never the requests\' payload)';
    return { perDay, peakWrites, days, rf, tb, inputs, formula };
  }
  for (const op of ctx.ops) {
    if (!isWriteAt(op, ctx.blocks.behaviour[i]!)) continue;
    if (op.entry === i) {
      const b = bytesPerDay(op.avgRps, op.requestBytes);
      perDay += b;
      inputs.push(computedInput(`"${op.op.name}" enters here: ${plain(op.avgRps)} writes/s * 86,400 s * ${plain(op.requestBytes)} B`, b, 'bytes/day'));
    }
    for (let c = env.inStart[i]!; c < env.inStart[i + 1]!; c++) {
      const e = env.inEdges[c]!;
      const r = traffic.edgeRps[op.index * m + e]!;
      if (r === 0) continue;
      const bytes = traffic.edgeRequestBytes[op.index * m + e]!;
      const b = bytesPerDay(r, bytes);
      perDay += b;
      inputs.push(computedInput(`"${op.op.name}" from ${edgeName(env, e)}: ${plain(r)} writes/s * 86,400 s * ${plain(bytes)} B`, b, 'bytes/day'));
    }
  }
  return { perDay, peakWrites, days, rf, tb, inputs, formula };
}

function retentionInput(env: ExplainEnv, i: number, days: number): ExplanationInput {
  return Number.isNaN(env.ctx.blocks.num.retentionDays[i]!) ? workloadInput('retention (workload)', days, 'days', 'workload.retentionDays') : paramInput(env.ctx, i, 'retentionDays', days);
}

const makers: Partial<Record<BlockFigureKey, Maker>> = {
  rpsPerInstance: rpsPerInstanceExplained,
  serviceTimeMs: (env, i) => {
    const t = env.ctx.blocks;
    const model = t.capacityModel[i];
    const follows = !t.serviceTimeSet[i] && (model === 'cpuBound' || model === 'memoryBound') && t.kind[i]!.params.some((p) => p.key === 'cpuMsPerRequest');
    return follows
      ? { formula: `service time = the ${model === 'cpuBound' ? 'CPU time' : 'time'} each request needs under the ${model} capacity model, so latency and capacity agree`, inputs: [paramInput(env.ctx, i, model === 'cpuBound' ? 'cpuMsPerRequest' : 'memoryMsPerRequest', t.num.serviceTimeMs[i]!)], result: { value: t.num.serviceTimeMs[i]!, unit: 'ms' }, notes: [] }
      : { formula: 'the block\'s service time parameter', inputs: [paramInput(env.ctx, i, 'serviceTimeMs', t.num.serviceTimeMs[i]!)], result: { value: t.num.serviceTimeMs[i]!, unit: 'ms' }, notes: [] };
  },
  instances: (env, i) => {
    const drawn = env.ctx.blocks.num.instances[i]!;
    const nodes = nodesAt(env.ctx, i);
    const stores = (env.result.blocks.flags[i]! & BLOCK_FLAG.storesData) !== 0;
    return stores
      ? { formula: 'instances = max(instances drawn, copies kept): a store has at least one instance per copy', inputs: [paramInput(env.ctx, i, 'instances', drawn), paramInput(env.ctx, i, 'replicationFactor', copiesAt(env.ctx, i))], result: { value: nodes, unit: 'count' }, notes: [] }
      : { formula: 'the instances you drew', inputs: [paramInput(env.ctx, i, 'instances', drawn)], result: { value: nodes, unit: 'count' }, notes: [] };
  },
  targetUtilization: (env, i) => ({ formula: 'the target utilisation parameter', inputs: [paramInput(env.ctx, i, 'targetUtilization', env.ctx.blocks.num.targetUtilization[i]!)], result: { value: env.ctx.blocks.num.targetUtilization[i]!, unit: 'ratio' }, notes: [] }),
  instancesNeeded: (env, i) => neededExplained(env, i, 'peak'),
  instancesNeededAvg: (env, i) => neededExplained(env, i, 'average'),
  utilization: (env, i) => {
    if (isManaged(env, i)) return { formula: 'a managed service runs below its capacity: it adds capacity as load grows', inputs: [], result: { value: 0, unit: 'ratio' }, notes: [MANAGED_NOTE] };
    const [peak, rps] = peakInputs(env, i) as [ExplanationInput, ExplanationInput];
    const n = env.result.blocks.instances[i]!;
    return { formula: 'utilisation = peak rps / (RPS per instance * instances)', inputs: [peak, rps, computedInput('instances', n, 'count')], result: { value: utilization(peak.value as number, rps.value as number, n), unit: 'ratio' }, notes: ['above 1 the block cannot carry its peak'] };
  },
  peakConcurrentRequests: (env, i) => {
    const peak = env.result.blocks.peakRps[i]!;
    const ms = env.ctx.blocks.num.serviceTimeMs[i]!;
    return { formula: "Little's law: requests in flight = peak rps * service time (s)", inputs: [computedInput('peak rps', peak, 'rps'), paramInput(env.ctx, i, 'serviceTimeMs', ms)], result: { value: requestsInFlight(peak, ms), unit: 'requests' }, notes: ['source: estimation-defaults.md, "Other rules worth having"'] };
  },
  bytesPerDay: (env, i) => {
    const s = storageInputs(env, i);
    return { formula: s.formula, inputs: s.inputs, result: { value: s.perDay, unit: 'bytes/day' }, notes: ['source: seed, "Example of resource estimation: Storage"; media goes to blob stores, metadata to databases, a log store keeps records of its own size'] };
  },
  bytesPerYear: (env, i) => {
    const s = storageInputs(env, i);
    if (env.result.blocks.flags[i]! & BLOCK_FLAG.operational) {
      return { formula: 'a queue, log or metrics store keeps a window (its retention), not a history: no yearly growth', inputs: [computedInput('bytes per day', s.perDay, 'bytes/day')], result: { value: 0, unit: 'bytes/year' }, notes: ['what it keeps is its bytes stored: bytes per day * retention * copies'] };
    }
    if (s.days < DAYS_PER_YEAR) {
      return { formula: 'bytes per year = bytes per day * retention days: data kept less than a year grows by its retention\'s worth, then holds', inputs: [computedInput('bytes per day', s.perDay, 'bytes/day'), retentionInput(env, i, s.days)], result: { value: s.perDay * s.days, unit: 'bytes/year' }, notes: [] };
    }
    return { formula: 'bytes per year = bytes per day * 365', inputs: [computedInput('bytes per day', s.perDay, 'bytes/day')], result: { value: bytesPerYear(s.perDay), unit: 'bytes/year' }, notes: [] };
  },
  retentionDays: (env, i) => {
    const s = storageInputs(env, i);
    return { formula: 'the block\'s retention when set, else the workload\'s', inputs: [retentionInput(env, i, s.days)], result: { value: s.days, unit: 'days' }, notes: [] };
  },
  replicationFactor: (env, i) => ({ formula: 'copies kept of every item: the replication factor', inputs: [paramInput(env.ctx, i, 'replicationFactor', env.ctx.blocks.num.replicationFactor[i]!)], result: { value: copiesAt(env.ctx, i), unit: 'copies' }, notes: [] }),
  bytesStored: (env, i) => {
    const s = storageInputs(env, i);
    return {
      formula: 'bytes stored = bytes per day * retention days * replication factor',
      inputs: [computedInput('bytes per day', s.perDay, 'bytes/day'), retentionInput(env, i, s.days), computedInput('copies', s.rf, 'copies', 'replication factor')],
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
    const rps = env.result.blocks.rpsPerInstance[i]!;
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
    if (isManaged(env, i)) return { formula: 'a managed service counts as one unit that scales itself', inputs: [], result: { value: 1, unit: 'count' }, notes: [MANAGED_NOTE] };
    const [peak, rps] = peakInputs(env, i) as [ExplanationInput, ExplanationInput];
    return { formula: 'k = max(1, ceil(peak rps / RPS per instance)): instances that must be up to carry the peak', inputs: [peak, rps], result: { value: instancesRequired(peak.value as number, rps.value as number), unit: 'count' }, notes: [] };
  },
};

function neededExplained(env: ExplainEnv, i: number, load: 'peak' | 'average'): Omit<Explanation, 'figure'> {
  if (isManaged(env, i)) return { formula: 'a managed service scales itself: no instances of ours to add', inputs: [], result: { value: 0, unit: 'count' }, notes: [MANAGED_NOTE] };
  const [rate, rps] = peakInputs(env, i, load) as [ExplanationInput, ExplanationInput];
  const u = env.ctx.blocks.num.targetUtilization[i]!;
  return {
    formula: `instances needed = ceil(${load} rps / (RPS per instance * target utilisation))`,
    inputs: [rate, rps, paramInput(env.ctx, i, 'targetUtilization', u)],
    result: { value: instancesNeeded(rate.value as number, rps.value as number, u), unit: 'count' },
    notes: ['source: estimation-defaults.md, "Request estimation per server" (servers needed)'],
  };
}

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
