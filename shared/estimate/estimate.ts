import type { Design } from '../model/design';
import { B_CLIENT, B_MANAGED } from './blockTable';
import { buildContext, type EstimateContext } from './context';
import { fieldInGiven, withoutNotes } from './notes';
import { runTraffic } from './traffic';
import { computeBandwidth, type Bandwidth } from './bandwidth';
import { computeBlockColumns } from './blockFigures';
import { computeEdgeColumns } from './edgeFigures';
import { operationPath, pathBuffers } from './paths';
import { designScores } from './scores';
import { blockWarnings, inputWarnings, mediaWarnings, sloWarnings } from './warnings';
import { downtimeSeconds, SECONDS_PER_DAY_AVAIL, SECONDS_PER_MONTH, SECONDS_PER_YEAR } from './formulas/availability';
import { SECONDS_PER_DAY } from './formulas/traffic';
import { BLOCK_FLAG, type BlockColumns, type DesignTotals, type EstimateResult, type OperationEstimate, type Scores } from './schema';

/**
 * The estimation engine: a design and its workload in, every back-of-the-envelope figure out.
 * Pure and deterministic; O(nodes + edges) per operation. `explainFigure` (explain/) gives the
 * formula, inputs and sources behind any figure, recomputed on demand for that one figure.
 */
export function estimate(given: Design): EstimateResult {
  const kept = withoutNotes(given);
  const design = kept.design;
  const ctx = buildContext(design, kept);
  const traffic = runTraffic(ctx);
  const bandwidth = computeBandwidth(ctx, traffic);
  const blocks = computeBlockColumns(ctx, traffic, bandwidth);
  // A read needs one copy of a store, a write the copies its consistency asks for.
  const readA = blocks.readAvailability.slice();
  const writeA = blocks.writeAvailability.slice();
  for (let i = 0; i < ctx.blocks.count; i++) if (ctx.blocks.behaviour[i]! & B_CLIENT) readA[i] = writeA[i] = 1;
  const n = ctx.blocks.count;
  const critical = new Uint8Array(ctx.ops.length * n);
  const buffers = pathBuffers(ctx.graph.nodeCount);
  const operations: OperationEstimate[] = ctx.ops.map((op) => {
    const path = operationPath(ctx, traffic, op, op.op.writes ? writeA : readA, buffers);
    const criticalIds: string[] = [];
    for (const u of path.critical) {
      if (ctx.blocks.behaviour[u]! & B_CLIENT) continue;
      critical[op.index * n + u] = 1;
      criticalIds.push(design.nodes[u]!.id);
    }
    const slo = op.op.sloLatencyMs ?? null;
    const sloA = op.op.sloAvailability ?? null;
    return {
      id: op.op.id,
      name: op.op.name,
      writes: op.op.writes,
      entryNodeId: op.entry >= 0 ? design.nodes[op.entry]!.id : null,
      requestsPerDay: op.avgRps * SECONDS_PER_DAY,
      avgRps: op.avgRps,
      peakRps: op.avgRps * ctx.peakFactor,
      requestBytes: op.requestBytes,
      responseBytes: op.responseBytes,
      latencyMs: path.latencyMs,
      worstLatencyMs: path.worstLatencyMs,
      availability: path.availability,
      downtimeSecondsPerYear: downtimeSeconds(path.availability, SECONDS_PER_YEAR),
      downtimeSecondsPerMonth: downtimeSeconds(path.availability, SECONDS_PER_MONTH),
      downtimeSecondsPerDay: downtimeSeconds(path.availability, SECONDS_PER_DAY_AVAIL),
      criticalBlockIds: criticalIds,
      sloLatencyMs: slo,
      sloAvailability: sloA,
      sloLatencyMet: slo === null || op.entry < 0 ? null : path.latencyMs <= slo,
      sloAvailabilityMet: sloA === null || op.entry < 0 ? null : path.availability >= sloA,
    };
  });
  const blockWarningList = blockWarnings(design, blocks, critical, ctx.ops.map((o) => o.op.name));
  let spofBlocks = 0;
  for (let i = 0; i < n; i++) {
    if (blocks.instances[i]! - blocks.instancesRequired[i]! >= 1 || ctx.blocks.behaviour[i]! & (B_CLIENT | B_MANAGED)) continue;
    for (let o = 0; o < ctx.ops.length; o++) {
      if (critical[o * n + i]) {
        spofBlocks++;
        break;
      }
    }
  }
  return {
    engineVersion: 1,
    units: design.workload.units,
    operations,
    blocks,
    edges: computeEdgeColumns(ctx, traffic, bandwidth),
    totals: totalsOf(ctx, operations, blocks, bandwidth),
    scores: scoreDesign(ctx, blocks, spofBlocks),
    warnings: [...inputWarnings(ctx), ...mediaWarnings(ctx, traffic), ...blockWarningList, ...sloWarnings(operations)].map((w) =>
      w.field === undefined || kept.nodeIndex === null ? w : { ...w, field: fieldInGiven(w.field, kept) },
    ),
  };
}

function scoreDesign(ctx: EstimateContext, cols: BlockColumns, spofBlocks: number): Scores {
  const technologies = new Set<string>();
  let hasMonitoring = false;
  let hasLogging = false;
  let overCapacityBlocks = 0;
  const scalability: number[] = [];
  const maintainability: number[] = [];
  const faultTolerance: number[] = [];
  for (let i = 0; i < ctx.blocks.count; i++) {
    if (ctx.blocks.behaviour[i]! & B_CLIENT) continue;
    scalability.push(cols.scalability[i]!);
    maintainability.push(cols.maintainability[i]!);
    faultTolerance.push(cols.faultTolerance[i]!);
    const tech = ctx.blocks.technology[i]!;
    if (tech) technologies.add(tech.toLowerCase());
    const kind = ctx.blocks.kind[i]!.id;
    if (kind === 'monitoring') hasMonitoring = true;
    if (kind === 'logging') hasLogging = true;
    if (cols.utilization[i]! > 1) overCapacityBlocks++;
  }
  return designScores({ scalability, maintainability, faultTolerance, technologies: technologies.size, hasMonitoring, hasLogging, overCapacityBlocks, spofBlocks });
}

function totalsOf(ctx: EstimateContext, ops: OperationEstimate[], cols: BlockColumns, bandwidth: Bandwidth): DesignTotals {
  let avg = 0;
  let writes = 0;
  let lowest = 1;
  for (const op of ops) {
    avg += op.avgRps;
    if (op.writes) writes += op.avgRps;
    if (op.entryNodeId !== null) lowest = Math.min(lowest, op.availability);
  }
  let instances = 0;
  let needed = 0;
  let neededAvg = 0;
  let perDay = 0;
  let perYear = 0;
  let stored = 0;
  let opsPerDay = 0;
  let opsStored = 0;
  for (let i = 0; i < ctx.blocks.count; i++) {
    if (ctx.blocks.behaviour[i]! & B_CLIENT) continue;
    // A managed service's instances are its provider's, not a fleet we run.
    if (!(ctx.blocks.behaviour[i]! & B_MANAGED)) instances += cols.instances[i]!;
    needed += Math.max(cols.instancesNeeded[i]!, cols.storageNodesNeeded[i]!);
    neededAvg += Math.max(cols.instancesNeededAvg[i]!, cols.storageNodesNeeded[i]!);
    if (cols.flags[i]! & BLOCK_FLAG.operational) {
      opsPerDay += cols.bytesPerDay[i]!;
      opsStored += cols.bytesStored[i]!;
      continue;
    }
    // New data a day is counted once: what a replica receives over replication is a copy (its
    // disk still counts in what is stored).
    const copy = cols.bytesPerDay[i]! > 0 ? (bandwidth.nodeReplicatedBytesPerSecond[i]! / bandwidth.nodeWrittenBytesPerSecond[i]!) : 0;
    perDay += cols.bytesPerDay[i]! * (1 - copy);
    perYear += cols.bytesPerYear[i]! * (1 - copy);
    stored += cols.bytesStored[i]!;
  }
  return {
    dailyActiveUsers: ctx.design.workload.dailyActiveUsers,
    peakFactor: ctx.peakFactor,
    avgRps: avg,
    peakRps: avg * ctx.peakFactor,
    avgReadRps: avg - writes,
    avgWriteRps: writes,
    instances,
    instancesNeeded: needed,
    instancesNeededAvg: neededAvg,
    storageBytesPerDay: perDay,
    storageBytesPerYear: perYear,
    storageBytesStored: stored,
    operationalBytesPerDay: opsPerDay,
    operationalBytesStored: opsStored,
    ingressBitsPerSecond: bandwidth.ingressBps,
    egressBitsPerSecond: bandwidth.egressBps,
    peakIngressBitsPerSecond: bandwidth.ingressBps * ctx.peakFactor,
    peakEgressBitsPerSecond: bandwidth.egressBps * ctx.peakFactor,
    lowestOperationAvailability: lowest,
    reliabilityWindowDays: ctx.windowDays,
  };
}
