import { B_CLIENT, B_STATEFUL, B_STORES, type BlockTable } from './blockTable';
import type { EstimateContext } from './context';
import type { Traffic } from './traffic';
import { isWriteAt } from './traffic';
import type { Bandwidth } from './bandwidth';
import { BLOCK_FLAG, type BlockColumns, type BlockFigureKey } from './schema';
import { cpuBoundRps, instancesNeeded, memoryBoundRps, requestsInFlight, shardsNeeded, utilization, ceilCount } from './formulas/capacity';
import { BYTES_PER_TB, bytesPerDay, bytesPerYear, bytesStored, storageNodesNeeded } from './formulas/storage';
import { SECONDS_PER_DAY_AVAIL, SECONDS_PER_MONTH, SECONDS_PER_YEAR, availabilityFromMtbf, blockMttrHours, downtimeSeconds, failureFreeProbability, kOfNAvailability, mtbfFromAvailability } from './formulas/availability';
import { clampScore, faultToleranceRules, maintainabilityRules, scalabilityRules, type ScoreAcc, type ScoreInput } from './scores';

/** Requests per second one instance handles, by the block's capacity model (floored above zero). */
export function rpsPerInstanceAt(t: BlockTable, i: number): number {
  const p = t.num;
  const model = t.capacityModel[i];
  const rps = model === 'cpuBound' ? cpuBoundRps(p.cores[i]!, p.cpuMsPerRequest[i]!)
    : model === 'memoryBound' ? memoryBoundRps(p.ramGB[i]!, p.osReserveGB[i]!, p.memoryPerWorkerMB[i]!, p.memoryMsPerRequest[i]!)
    : p.qpsPerInstance[i]!;
  // No free memory would mean zero capacity and a division by zero downstream.
  return Math.max(rps, 1e-9);
}

/** Per-instance availability: the user's figure when set, else MTBF / (MTBF + MTTR). */
export function instanceAvailabilityAt(t: BlockTable, i: number): number {
  const a = t.num.availability[i]!;
  return Number.isNaN(a) ? availabilityFromMtbf(t.num.mtbfHours[i]!, t.num.mttrHours[i]!) : a;
}

/** Retention that applies to a block: its own when set, else the workload's. */
export function retentionDaysAt(t: BlockTable, i: number, workloadRetentionDays: number): number {
  const r = t.num.retentionDays[i]!;
  return Number.isNaN(r) ? workloadRetentionDays : r;
}

/** Instances that must be up to carry the peak load (k in k-of-n); at least one. */
export function instancesRequired(peakRps: number, rpsPerInstance: number): number {
  return Math.max(1, ceilCount(peakRps / rpsPerInstance));
}

/** Every per-block figure column, in report order. */
export const BLOCK_FIGURES = [
  'avgRps', 'peakRps', 'avgReadRps', 'avgWriteRps', 'inBitsPerSecond', 'outBitsPerSecond', 'serviceTimeMs', 'rpsPerInstance', 'instances',
  'targetUtilization', 'instancesNeeded', 'utilization', 'peakConcurrentRequests', 'bytesPerDay', 'bytesPerYear', 'retentionDays',
  'replicationFactor', 'bytesStored', 'storageNodesNeeded', 'shardsNeeded', 'instanceAvailability', 'instancesRequired', 'blockAvailability',
  'downtimeSecondsPerYear', 'downtimeSecondsPerMonth', 'downtimeSecondsPerDay', 'blockMtbfHours', 'blockMttrHours', 'failureFreeProbability',
  'scalability', 'maintainability', 'faultTolerance',
] as const satisfies readonly BlockFigureKey[];

/** The score input of block i, read from the table and the computed columns. */
export function scoreInputAt(ctx: EstimateContext, cols: BlockColumns, i: number, into: ScoreInput): ScoreInput {
  const t = ctx.blocks;
  into.stateful = (t.behaviour[i]! & B_STATEFUL) !== 0;
  into.storesData = (t.behaviour[i]! & B_STORES) !== 0;
  into.knownKind = t.knownKind[i] === 1;
  into.utilization = cols.utilization[i]!;
  into.instances = cols.instances[i]!;
  into.instancesRequired = cols.instancesRequired[i]!;
  into.replicationFactor = t.num.replicationFactor[i]!;
  into.checkpointing = t.checkpointing[i] === 1;
  into.instanceAvailability = cols.instanceAvailability[i]!;
  into.fanIn = ctx.graph.inDegree[i]!;
  into.fanOut = ctx.graph.outStart[i + 1]! - ctx.graph.outStart[i]!;
  return into;
}

export function emptyScoreInput(): ScoreInput {
  return { stateful: false, storesData: false, knownKind: true, utilization: 0, instances: 1, instancesRequired: 1, replicationFactor: 1, checkpointing: false, instanceAvailability: 1, fanIn: 0, fanOut: 0 };
}

/** Every per-block column: load, bandwidth, capacity, storage, availability and scores. */
export function computeBlockColumns(ctx: EstimateContext, traffic: Traffic, bandwidth: Bandwidth): BlockColumns {
  const { design, peakFactor } = ctx;
  const t = ctx.blocks;
  const n = t.count;
  const cols = { id: design.nodes.map((d) => d.id), flags: new Uint8Array(n), avgRpsByOperation: traffic.nodeRps } as BlockColumns;
  for (const key of BLOCK_FIGURES) cols[key] = new Float64Array(n);
  const retention = design.workload.retentionDays;
  const acc: ScoreAcc = { total: 0, reasons: null };
  const input = emptyScoreInput();
  for (let i = 0; i < n; i++) {
    const behaviour = t.behaviour[i]!;
    let avg = 0;
    let writes = 0;
    let perDay = 0;
    for (const op of ctx.ops) {
      const r = traffic.nodeRps[op.index * n + i]!;
      avg += r;
      if (isWriteAt(op, behaviour)) {
        writes += r;
        perDay += bytesPerDay(r, op.requestBytes);
      }
    }
    const peak = avg * peakFactor;
    const isClient = (behaviour & B_CLIENT) !== 0;
    const stores = !isClient && (behaviour & B_STORES) !== 0;
    cols.flags[i] = (t.knownKind[i] ? BLOCK_FLAG.knownKind : 0) | (isClient ? BLOCK_FLAG.isClient : 0) | (traffic.reachable[i] ? BLOCK_FLAG.reachable : 0) | (stores ? BLOCK_FLAG.storesData : 0);
    cols.avgRps[i] = avg;
    cols.peakRps[i] = peak;
    cols.avgReadRps[i] = avg - writes;
    cols.avgWriteRps[i] = writes;
    cols.inBitsPerSecond[i] = bandwidth.nodeInBps[i]!;
    cols.outBitsPerSecond[i] = bandwidth.nodeOutBps[i]!;
    if (isClient) continue;
    const perInstance = rpsPerInstanceAt(t, i);
    const instances = t.num.instances[i]!;
    const target = t.num.targetUtilization[i]!;
    cols.serviceTimeMs[i] = t.num.serviceTimeMs[i]!;
    cols.rpsPerInstance[i] = perInstance;
    cols.instances[i] = instances;
    cols.targetUtilization[i] = target;
    cols.instancesNeeded[i] = instancesNeeded(peak, perInstance, target);
    cols.utilization[i] = utilization(peak, perInstance, instances);
    cols.peakConcurrentRequests[i] = requestsInFlight(peak, t.num.serviceTimeMs[i]!);
    if (stores) {
      const days = retentionDaysAt(t, i, retention);
      const rf = t.num.replicationFactor[i]!;
      const stored = bytesStored(perDay, days, rf);
      cols.bytesPerDay[i] = perDay;
      cols.bytesPerYear[i] = bytesPerYear(perDay);
      cols.retentionDays[i] = days;
      cols.replicationFactor[i] = rf;
      cols.bytesStored[i] = stored;
      cols.storageNodesNeeded[i] = storageNodesNeeded(stored, t.num.storagePerNodeTB[i]!);
      cols.shardsNeeded[i] = shardsNeeded(perDay * days, t.num.storagePerNodeTB[i]! * BYTES_PER_TB, writes * peakFactor, perInstance, target);
    }
    const a = instanceAvailabilityAt(t, i);
    const k = instancesRequired(peak, perInstance);
    const blockA = kOfNAvailability(a, k, instances);
    const mttr = k > instances ? t.num.mttrHours[i]! : blockMttrHours(t.num.mttrHours[i]!, k, instances);
    const mtbf = mtbfFromAvailability(blockA, mttr);
    cols.instanceAvailability[i] = a;
    cols.instancesRequired[i] = k;
    cols.blockAvailability[i] = blockA;
    cols.downtimeSecondsPerYear[i] = downtimeSeconds(blockA, SECONDS_PER_YEAR);
    cols.downtimeSecondsPerMonth[i] = downtimeSeconds(blockA, SECONDS_PER_MONTH);
    cols.downtimeSecondsPerDay[i] = downtimeSeconds(blockA, SECONDS_PER_DAY_AVAIL);
    cols.blockMttrHours[i] = mttr;
    cols.blockMtbfHours[i] = mtbf;
    cols.failureFreeProbability[i] = failureFreeProbability(ctx.windowDays * 24, mtbf);
    scoreInputAt(ctx, cols, i, input);
    acc.total = 0;
    scalabilityRules(input, acc);
    cols.scalability[i] = clampScore(acc.total);
    acc.total = 0;
    maintainabilityRules(input, acc);
    cols.maintainability[i] = clampScore(acc.total);
    acc.total = 0;
    faultToleranceRules(input, acc);
    cols.faultTolerance[i] = clampScore(acc.total);
  }
  return cols;
}
