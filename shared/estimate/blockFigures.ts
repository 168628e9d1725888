import { autoWriteConsistency } from '../catalog';
import { B_CLIENT, B_MANAGED, B_STATEFUL, B_STORES, ROLE_BUFFER, ROLE_LOGS, ROLE_METRICS, WRITE_ALL, WRITE_AUTO, WRITE_ONE, type BlockTable } from './blockTable';
import type { EstimateContext } from './context';
import type { Traffic } from './traffic';
import { isWriteAt } from './edgeRules';
import type { Bandwidth } from './bandwidth';
import { BLOCK_FLAG, type BlockColumns, type BlockFigureKey } from './schema';
import { blendedRps, cpuBoundRps, instancesNeeded, memoryBoundRps, requestsInFlight, shardsNeeded, utilization, ceilCount } from './formulas/capacity';
import { BYTES_PER_TB, bytesStored, DAYS_PER_YEAR, metricBytesPerDay, storageNodesNeeded } from './formulas/storage';
import { SECONDS_PER_DAY } from './formulas/traffic';
import { SECONDS_PER_DAY_AVAIL, SECONDS_PER_MONTH, SECONDS_PER_YEAR, availabilityFromMtbf, blockMttrHours, copiesForWrite, downtimeFromUnavailability, failureFreeProbability, kOfNAvailability, kOfNUnavailability, mtbfFromAvailability } from './formulas/availability';
import { clampScore, faultToleranceRules, maintainabilityRules, scalabilityRules, type ScoreAcc, type ScoreInput } from './scores';

/**
 * Requests per second one instance handles, by the block's capacity model (floored above zero).
 * A block with its own read rate (an object store prefix) blends its read and write rates by the
 * peak reads and writes it gets.
 */
export function rpsPerInstanceAt(t: BlockTable, i: number, peakReadRps = 0, peakWriteRps = 0): number {
  const p = t.num;
  const model = t.capacityModel[i];
  if (model === 'perInstanceQps' && !Number.isNaN(p.readQpsPerInstance[i]!)) return Math.max(blendedRps(peakReadRps, peakWriteRps, p.readQpsPerInstance[i]!, p.qpsPerInstance[i]!), 1e-9);
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

/** True for a queue, pub-sub, log or metrics store: what it keeps is operational, for a window. */
export function isOperationalStore(t: BlockTable, i: number): boolean {
  const role = t.role[i]!;
  return role === ROLE_BUFFER || role === ROLE_LOGS || role === ROLE_METRICS;
}

/**
 * Copies a store keeps of each item: its replication factor. Replicas are one idea: a store has at
 * least one instance per copy (see nodesAt), so three copies on one drawn instance are three nodes.
 */
export function copiesAt(ctx: EstimateContext, i: number): number {
  return ctx.blocks.num.replicationFactor[i]!;
}

/** Instances a block has: those drawn, and for a store at least one per copy it keeps. */
export function nodesAt(ctx: EstimateContext, i: number): number {
  const drawn = ctx.blocks.num.instances[i]!;
  return ctx.blocks.behaviour[i]! & B_STORES ? Math.max(drawn, copiesAt(ctx, i)) : drawn;
}

/** Instances we run and scrape: every block but clients (the users) and managed services (their provider's). */
function scraped(ctx: EstimateContext, j: number): boolean {
  return (ctx.blocks.behaviour[j]! & (B_CLIENT | B_MANAGED)) === 0;
}

/** Every instance a metrics store drawn beside the system watches, but its own: computed once per estimate. */
export function allScrapedInstances(ctx: EstimateContext): number {
  let total = 0;
  for (let j = 0; j < ctx.blocks.count; j++) if (scraped(ctx, j)) total += nodesAt(ctx, j);
  return total;
}

/**
 * Instances a metrics store watches: those of the blocks connected to it, or of every block we run
 * when nothing is connected (monitoring drawn beside the system watches all of it). `all` is
 * allScrapedInstances, passed in so a design with many metrics stores sums the blocks once.
 */
export function watchedInstances(ctx: EstimateContext, i: number, all = allScrapedInstances(ctx)): number {
  const { source, target, outStart, outEdges, inStart, inEdges } = ctx.graph;
  const seen = new Set<number>();
  for (let c = outStart[i]!; c < outStart[i + 1]!; c++) seen.add(target[outEdges[c]!]!);
  for (let c = inStart[i]!; c < inStart[i + 1]!; c++) seen.add(source[inEdges[c]!]!);
  seen.delete(i);
  let total = 0;
  let any = false;
  for (const j of seen) {
    if (!scraped(ctx, j)) continue;
    any = true;
    total += nodesAt(ctx, j);
  }
  return any ? total : all - (scraped(ctx, i) ? nodesAt(ctx, i) : 0);
}

/**
 * The write consistency of a block, by name. Unset, it is a quorum where a store keeps three
 * copies or more and one copy where it keeps fewer (a majority of two copies would be both, less
 * available than a single server).
 */
export function writeConsistencyName(code: number, copies: number): 'one' | 'quorum' | 'all' {
  if (code === WRITE_AUTO) return autoWriteConsistency(copies);
  return code === WRITE_ONE ? 'one' : code === WRITE_ALL ? 'all' : 'quorum';
}

/** Instances that must be up to carry the peak load (k in k-of-n); at least one. */
export function instancesRequired(peakRps: number, rpsPerInstance: number): number {
  return Math.max(1, ceilCount(peakRps / rpsPerInstance));
}

/** Every per-block figure column, in report order. */
export const BLOCK_FIGURES = [
  'avgRps', 'peakRps', 'avgReadRps', 'avgWriteRps', 'inBitsPerSecond', 'outBitsPerSecond', 'serviceTimeMs', 'rpsPerInstance', 'instances',
  'targetUtilization', 'instancesNeeded', 'instancesNeededAvg', 'utilization', 'peakConcurrentRequests', 'bytesPerDay', 'bytesPerYear', 'retentionDays',
  'replicationFactor', 'bytesStored', 'storageNodesNeeded', 'shardsNeeded', 'instanceAvailability', 'instancesRequired', 'blockAvailability',
  'readAvailability', 'writeAvailability',
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
  let allScraped: number | undefined;
  const input = emptyScoreInput();
  for (let i = 0; i < n; i++) {
    const behaviour = t.behaviour[i]!;
    let avg = 0;
    let writes = 0;
    for (const op of ctx.ops) {
      const r = traffic.nodeRps[op.index * n + i]!;
      avg += r;
      if (isWriteAt(op, behaviour)) writes += r;
    }
    const peak = avg * peakFactor;
    const isClient = (behaviour & B_CLIENT) !== 0;
    const stores = !isClient && (behaviour & B_STORES) !== 0;
    const managed = (behaviour & B_MANAGED) !== 0;
    const operational = stores && isOperationalStore(t, i);
    // A metrics store is scraped, not called per request: it watches what it is connected to, or
    // the whole system when drawn beside it.
    const reached = traffic.reachable[i] === 1 || t.role[i] === ROLE_METRICS;
    cols.avgRps[i] = avg;
    cols.peakRps[i] = peak;
    cols.avgReadRps[i] = avg - writes;
    cols.avgWriteRps[i] = writes;
    cols.inBitsPerSecond[i] = bandwidth.nodeInBps[i]!;
    cols.outBitsPerSecond[i] = bandwidth.nodeOutBps[i]!;
    let flags = (t.knownKind[i] ? BLOCK_FLAG.knownKind : 0) | (isClient ? BLOCK_FLAG.isClient : 0) | (reached ? BLOCK_FLAG.reachable : 0) | (stores ? BLOCK_FLAG.storesData : 0);
    if (isClient) {
      cols.flags[i] = flags;
      continue;
    }
    const perInstance = rpsPerInstanceAt(t, i, (avg - writes) * peakFactor, writes * peakFactor);
    const nodes = nodesAt(ctx, i);
    const target = t.num.targetUtilization[i]!;
    cols.serviceTimeMs[i] = t.num.serviceTimeMs[i]!;
    cols.rpsPerInstance[i] = perInstance;
    cols.instances[i] = nodes;
    cols.targetUtilization[i] = target;
    cols.peakConcurrentRequests[i] = requestsInFlight(peak, t.num.serviceTimeMs[i]!);
    // A managed service (DNS, CDN) scales itself: no fleet of ours to size or to fall short.
    const needed = managed ? 0 : instancesNeeded(peak, perInstance, target);
    cols.instancesNeeded[i] = needed;
    cols.instancesNeededAvg[i] = managed ? 0 : instancesNeeded(avg, perInstance, target);
    cols.utilization[i] = managed ? 0 : utilization(peak, perInstance, nodes);
    if (managed) flags |= BLOCK_FLAG.managed;
    if (needed > nodes) flags |= BLOCK_FLAG.capacityShortfall;
    if (operational) flags |= BLOCK_FLAG.operational;
    cols.flags[i] = flags;
    const copies = stores ? copiesAt(ctx, i) : 1;
    if (stores) {
      const days = retentionDaysAt(t, i, retention);
      const perDay = t.role[i] === ROLE_METRICS
        ? metricBytesPerDay(watchedInstances(ctx, i, (allScraped ??= allScrapedInstances(ctx))), t.num.seriesPerInstance[i]!, t.num.scrapeIntervalSeconds[i]!, t.num.bytesPerSample[i]!)
        : bandwidth.nodeWrittenBytesPerSecond[i]! * SECONDS_PER_DAY;
      const stored = bytesStored(perDay, days, copies);
      cols.bytesPerDay[i] = perDay;
      // A queue, log or metrics store keeps a window, not a history: it adds nothing to yearly growth;
      // a store that keeps data for less than a year grows by its retention's worth, then holds.
      cols.bytesPerYear[i] = operational ? 0 : perDay * Math.min(DAYS_PER_YEAR, days);
      cols.retentionDays[i] = days;
      cols.replicationFactor[i] = copies;
      cols.bytesStored[i] = stored;
      cols.storageNodesNeeded[i] = storageNodesNeeded(stored, t.num.storagePerNodeTB[i]!);
      cols.shardsNeeded[i] = shardsNeeded(perDay * days, t.num.storagePerNodeTB[i]! * BYTES_PER_TB, writes * peakFactor, perInstance, target);
    }
    const a = instanceAvailabilityAt(t, i);
    // Capacity shortfall is not downtime: availability is that of the instances the load needs.
    const k = managed ? 1 : instancesRequired(peak, perInstance);
    const fleet = managed ? 1 : Math.max(nodes, k);
    const writeK = copiesForWrite(copies, writeConsistencyName(t.writeConsistency[i]!, copies));
    const blockA = kOfNAvailability(a, k, fleet);
    const readA = stores ? kOfNAvailability(a, 1, copies) : blockA;
    const writeA = stores ? kOfNAvailability(a, writeK, copies) : blockA;
    const shownA = stores ? Math.min(readA, writeA) : blockA;
    // Downtime and MTBF from the failure side: 1 - A is 0 in floating point past about 16 nines.
    const shownU = stores ? Math.max(kOfNUnavailability(a, 1, copies, readA), kOfNUnavailability(a, writeK, copies, writeA)) : kOfNUnavailability(a, k, fleet, blockA);
    const mttr = stores ? blockMttrHours(t.num.mttrHours[i]!, writeK, copies) : blockMttrHours(t.num.mttrHours[i]!, k, fleet);
    const mtbf = mtbfFromAvailability(shownA, mttr, shownU);
    cols.instanceAvailability[i] = a;
    cols.instancesRequired[i] = k;
    cols.blockAvailability[i] = shownA;
    cols.readAvailability[i] = readA;
    cols.writeAvailability[i] = writeA;
    cols.downtimeSecondsPerYear[i] = downtimeFromUnavailability(shownU, SECONDS_PER_YEAR);
    cols.downtimeSecondsPerMonth[i] = downtimeFromUnavailability(shownU, SECONDS_PER_MONTH);
    cols.downtimeSecondsPerDay[i] = downtimeFromUnavailability(shownU, SECONDS_PER_DAY_AVAIL);
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
