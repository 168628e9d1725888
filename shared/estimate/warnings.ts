import type { EstimateContext } from './context';
import { ROLE_CDN, ROLE_MEDIA } from './blockTable';
import { runTraffic, type Traffic } from './traffic';
import type { Design } from '../model/design';
import { bytes, plain } from '../format';
import { BLOCK_FLAG, type BlockColumns, type EstimateWarning, type OperationEstimate } from './schema';

/**
 * The checks a reviewer would make, as warnings that point at the block, connection,
 * operation or document field at fault.
 */
const pct = (x: number): string => `${plain(x * 100)}%`;

/**
 * Past this many warnings of one kind, one summary line stands for the rest: a list of thousands
 * helps nobody, and building it would cost more than the estimate. Per-block state stays in the
 * columns (utilization, storageNodesNeeded, ...) for badges.
 */
export const MAX_WARNINGS_PER_CODE = 200;

export function inputWarnings(ctx: EstimateContext): EstimateWarning[] {
  const out: EstimateWarning[] = [];
  const { design } = ctx;
  for (const p of ctx.problems) out.push({ code: 'invalidParam', severity: 'warning', message: p.message, field: p.field });
  const label = (i: number): string => design.nodes[i]?.label || design.nodes[i]?.id || '?';
  // A typed value is used or reported, never silently dropped.
  for (const n of ctx.blocks.notices) out.push({ code: n.code, severity: 'warning', message: `"${label(n.block)}": ${n.message}`, blockId: design.nodes[n.block]!.id, field: n.field });
  for (const { edge, entries } of ctx.unknownFilterEntries) {
    const e = design.edges[edge]!;
    const known = ctx.ops.map((o) => `"${o.op.name}"`).join(', ') || 'none yet';
    out.push({ code: 'unknownOperation', severity: 'warning', message: `connection ${label(ctx.graph.source[edge]!)} -> ${label(ctx.graph.target[edge]!)} lists ${entries.map((x) => `"${x}"`).join(', ')} under "Only these operations", which names no operation; the operations are ${known}`, edgeId: e.id, field: `edges.${edge}.params.operations` });
  }
  design.nodes.forEach((node, i) => {
    if (ctx.blocks.knownKind[i] === 0) {
      out.push({ code: 'unknownKind', severity: 'warning', message: `block "${node.label || node.id}" has the unknown kind "${node.kind}"; it is estimated as a generic service`, blockId: node.id, field: `nodes.${i}.kind` });
    }
  });
  if (design.nodes.length > 0 && design.workload.operations.length === 0) {
    out.push({ code: 'missingInput', severity: 'warning', message: 'the workload has no operations, so every load is zero; add one (e.g. "read", "write")', field: 'workload.operations' });
  }
  for (const op of ctx.ops) {
    const field = `workload.operations.${op.index}.entryNodeId`;
    if (op.entryReason === 'notFound') {
      out.push({ code: 'missingInput', severity: 'error', message: `operation "${op.op.name}" enters at "${op.op.entryNodeId}", which is not a block of this design`, operationId: op.op.id, field });
    } else if (op.entryReason === 'missing' && design.nodes.length > 0) {
      out.push({ code: 'missingInput', severity: 'error', message: `operation "${op.op.name}" has no entry block and the design has no client; set where it enters`, operationId: op.op.id, field });
    }
  }
  for (let e = 0; e < ctx.graph.edgeCount; e++) {
    if (ctx.graph.closesCycle[e] !== 1) continue;
    const edge = design.edges[e]!;
    out.push({ code: 'cycle', severity: 'warning', message: `connection ${label(ctx.graph.source[e]!)} -> ${label(ctx.graph.target[e]!)} closes a cycle; traffic is not followed around it`, edgeId: edge.id });
  }
  return out;
}

/** `critical[op * blockCount + i]` is 1 when block i is on every path of operation op. */
export function blockWarnings(design: Design, cols: BlockColumns, critical: Uint8Array, opNames: string[]): EstimateWarning[] {
  const out: EstimateWarning[] = [];
  const counts = new Map<string, number>();
  // Stop writing messages once a kind is over the cap; count the rest for the summary.
  const room = (code: string): boolean => {
    const c = (counts.get(code) ?? 0) + 1;
    counts.set(code, c);
    return c <= MAX_WARNINGS_PER_CODE;
  };
  const n = cols.id.length;
  for (let i = 0; i < n; i++) {
    const flags = cols.flags[i]!;
    if (flags & BLOCK_FLAG.isClient) continue;
    const node = design.nodes[i]!;
    const name = node.label || node.id;
    const blockId = node.id;
    if (!(flags & BLOCK_FLAG.reachable) && room('unreachable')) out.push({ code: 'unreachable', severity: 'info', message: `no operation reaches "${name}"; it carries no load`, blockId });
    const u = cols.utilization[i]!;
    if (u > 1 && room('overCapacity')) {
      out.push({ code: 'overCapacity', severity: 'error', message: `"${name}" cannot carry its peak: needs ${plain(cols.instancesNeeded[i]!)} instances, has ${plain(cols.instances[i]!)} (it would run at ${pct(u)} of capacity); ${flags & BLOCK_FLAG.storesData ? 'its availability counts the copies it keeps' : `its availability is shown for the ${plain(cols.instancesNeeded[i]!)} it needs`}`, blockId });
    }
    if (flags & BLOCK_FLAG.storesData && cols.storageNodesNeeded[i]! > cols.instances[i]! && room('storageBeyondNodes')) {
      out.push({ code: 'storageBeyondNodes', severity: 'error', message: `"${name}" must keep ${bytes(cols.bytesStored[i]!, design.workload.units)}: needs ${plain(cols.storageNodesNeeded[i]!)} storage nodes, has ${plain(cols.instances[i]!)}`, blockId });
    }
    if (cols.instances[i]! - cols.instancesRequired[i]! >= 1 || flags & BLOCK_FLAG.managed) continue;
    const ops: string[] = [];
    for (let o = 0; o < opNames.length; o++) if (critical[o * n + i]) ops.push(opNames[o]!);
    if (ops.length && room('spof')) {
      out.push({ code: 'spof', severity: 'warning', message: `"${name}" is a single point of failure for ${ops.join(', ')}: it has no spare instance`, blockId });
    }
  }
  for (const [code, c] of counts) {
    if (c > MAX_WARNINGS_PER_CODE) out.push({ code: code as EstimateWarning['code'], severity: 'info', message: `and ${c - MAX_WARNINGS_PER_CODE} more "${code}" warnings like the ones above` });
  }
  return out;
}

export function sloWarnings(ops: OperationEstimate[]): EstimateWarning[] {
  const out: EstimateWarning[] = [];
  for (const op of ops) {
    if (op.sloLatencyMet === false) out.push({ code: 'sloMissed', severity: 'error', message: `"${op.name}" takes ${op.latencyMs.toFixed(1)} ms, over its objective of ${op.sloLatencyMs ?? 0} ms`, operationId: op.id });
    if (op.sloAvailabilityMet === false) out.push({ code: 'sloMissed', severity: 'error', message: `"${op.name}" is available ${pct(op.availability)} of the time, under its objective of ${pct(op.sloAvailability ?? 0)}`, operationId: op.id });
  }
  return out;
}

/** Request or response sizes this large are media, not metadata (a photo, a document, a video). */
export const MEDIA_SIZE_BYTES = 100_000;

/**
 * An operation that gives its media as request or response bytes (older documents did) sends it
 * as metadata: it lands in databases and never reaches the blob stores and CDNs drawn for it. Say
 * so, with what to do, rather than report an absurd database.
 */
export function mediaWarnings(ctx: EstimateContext, traffic: Traffic): EstimateWarning[] {
  const out: EstimateWarning[] = [];
  const n = ctx.blocks.count;
  const media: number[] = [];
  for (let i = 0; i < n; i++) if (ctx.blocks.role[i] === ROLE_MEDIA || ctx.blocks.role[i] === ROLE_CDN) media.push(i);
  if (media.length === 0) return out;
  for (const op of ctx.ops) {
    const size = Math.max(op.op.requestBytes, op.op.responseBytes);
    if (op.mixBytes > 0 || size < MEDIA_SIZE_BYTES || op.entry < 0) continue;
    // Where the media would go given as media: route the operation once more with it as its mix.
    const asMedia = { ...op, index: 0, mixBytes: size, requestBytes: op.requestBytes + (op.op.writes ? size : 0), responseBytes: op.responseBytes + (op.op.writes ? 0 : size) };
    const would = runTraffic({ ...ctx, ops: [asMedia] }).reached;
    const missed = media.filter((i) => traffic.reached[op.index * n + i] === 0 && would[i] === 1);
    if (missed.length === 0) continue;
    const names = missed.map((i) => `"${ctx.design.nodes[i]!.label || ctx.design.nodes[i]!.id}"`).join(', ');
    const which = op.op.requestBytes >= op.op.responseBytes ? 'request' : 'response';
    out.push({
      code: 'mediaAsMetadata',
      severity: 'warning',
      message: `"${op.op.name}" gives ${bytes(size, ctx.design.workload.units)} as its ${which} size, which is metadata, so it never reaches ${names}; give the media in the operation's media (payload mix) and keep the ${which} size for metadata`,
      operationId: op.op.id,
      field: `workload.operations.${op.index}.payloadMix`,
    });
  }
  return out;
}
