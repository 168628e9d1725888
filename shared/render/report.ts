import type { Design, DesignEdge, DesignNode } from '../model/design';
import { blockRow, type EstimateResult } from '../estimate';
import { resolveBlockKind } from '../catalog';
import { formatAvailability, formatBits, formatBytes, formatMs, formatPlain } from './format';
import { NOTE_KIND } from './layout';
import { included } from './scene';

/**
 * The numbers of a report as plain text: the workload, the summary, one row per block and the
 * warnings. The Markdown report and the PDF both print these, so the two cannot disagree on a
 * figure or on how it is written; Markdown escapes each cell, the PDF draws it as it is.
 *
 * With a selection (ids of blocks, notes and groups, as the diagram takes it) the block table and
 * the warnings cover the selected blocks and the connections between them. The workload and the
 * summary stay the whole design's, since the estimate is of the whole design; the summary says
 * how many of the blocks the report covers.
 */
export interface ReportTable {
  columns: { title: string; right?: boolean }[];
  rows: string[][];
}

/** The blocks a report covers and the connections between them: the selection's, or all. */
export interface ReportScope {
  blocks: DesignNode[];
  edges: DesignEdge[];
  /** How many blocks the design has. */
  of: number;
  selected: boolean;
}

export function reportScope(design: Design, selection: readonly string[] | undefined): ReportScope {
  const keep = included(design, selection);
  const all = design.nodes.filter((n) => n.kind !== NOTE_KIND);
  const blocks = all.filter((n) => keep.nodes.has(n.id));
  const ids = new Set(blocks.map((n) => n.id));
  // As the diagram draws them: a connection is in when both its ends are.
  const edges = design.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  return { blocks, edges, of: all.length, selected: selection !== undefined };
}

export interface ReportNumbers {
  scope: ReportScope;
  /** The workload as sentences: users, peak factor, retention, units. */
  workload: string[];
  /** The operations; no rows when the workload has none. */
  operations: ReportTable;
  summary: ReportTable;
  blocks: ReportTable;
  /** Each warning with the name of the block it is about, if any. */
  warnings: { severity: string; message: string; block?: string }[];
}

const cols = (titles: string, right: string): ReportTable['columns'] => titles.split('|').map((title, i) => ({ title, right: right[i] === 'r' }));

/** Blocks by name as people read them: the label, or the kind's name when it has none. */
export function blockNames(design: Design): Map<string, string> {
  return new Map(design.nodes.map((n) => [n.id, n.label.trim() || resolveBlockKind(n.kind).kind.name]));
}

export function reportNumbers(design: Design, result: EstimateResult, selection?: readonly string[]): ReportNumbers {
  const scope = reportScope(design, selection);
  const u = result.units;
  const t = result.totals;
  const names = blockNames(design);
  const nameOf = (id: string): string => names.get(id) ?? id;
  const workload = [
    `Daily active users: ${formatPlain(design.workload.dailyActiveUsers)}`,
    `Peak factor: ${formatPlain(t.peakFactor)} (peak load is ${formatPlain(t.peakFactor)} times the average)`,
    `Data kept for ${formatPlain(design.workload.retentionDays)} days`,
    `Units: ${u === 'binary' ? 'binary (1 KiB = 1,024 bytes)' : 'decimal (1 KB = 1,000 bytes)'}`,
  ];
  const operations = design.workload.operations.map((op) => [
    op.name,
    op.rate ? `${formatPlain(op.rate.count)} a ${op.rate.per} in all` : `${formatPlain(op.requestsPerUserPerDay)} per user a day`,
    formatBytes(op.requestBytes, u),
    formatBytes(op.responseBytes, u),
    op.payloadMix.length ? op.payloadMix.map((p) => `${formatPlain(p.share * 100)}%: ${formatBytes(p.bytes, u)}${p.label ? ` (${p.label})` : ''}`).join('; ') : '—',
    op.writes ? 'yes' : 'no',
    op.entryNodeId ? nameOf(op.entryNodeId) : 'the first client',
  ]);
  const summary = [
    ...(scope.selected ? [['Blocks in this report', `${formatPlain(scope.blocks.length)} of ${formatPlain(scope.of)}; the other figures here are the whole design's`]] : []),
    ['Average load', `${formatPlain(t.avgRps)} requests/s`],
    ['Peak load', `${formatPlain(t.peakRps)} requests/s`],
    ['Instances drawn / needed', `${formatPlain(t.instances)} / ${formatPlain(t.instancesNeeded)}`],
    ["The product's data per day / per year", `${formatBytes(t.storageBytesPerDay, u)} / ${formatBytes(t.storageBytesPerYear, u)}`],
    ["The product's data kept (all copies)", formatBytes(t.storageBytesStored, u)],
    ['Queues, logs and metrics per day / kept', `${formatBytes(t.operationalBytesPerDay, u)} / ${formatBytes(t.operationalBytesStored, u)}`],
    ['Bandwidth in / out', `${formatBits(t.ingressBitsPerSecond)} / ${formatBits(t.egressBitsPerSecond)}`],
    ['Lowest operation availability', formatAvailability(t.lowestOperationAvailability)],
    ...result.operations.map((op) => [`${op.name}: latency, availability`, `${formatMs(op.latencyMs)}, ${formatAvailability(op.availability)}`]),
    ['Scores: scalability, maintainability, fault tolerance', [result.scores.scalability, result.scores.maintainability, result.scores.faultTolerance].map((s) => `${Math.round(s.value)}/100`).join(', ')],
  ];
  const index = new Map(result.blocks.id.map((id, i) => [id, i]));
  const blocks = scope.blocks.map((node) => [nameOf(node.id), ...blockCells(node, result, index.get(node.id))]);
  const blockIds = new Set(scope.blocks.map((n) => n.id));
  const edgeIds = new Set(scope.edges.map((e) => e.id));
  const about = (w: EstimateResult['warnings'][number]): boolean => !scope.selected || (w.blockId !== undefined && blockIds.has(w.blockId)) || (w.edgeId !== undefined && edgeIds.has(w.edgeId));
  return {
    scope,
    workload,
    operations: { columns: cols('Operation|How often|Request|Response|Media|Writes|Enters at', 'lrrrlll'), rows: operations },
    summary: { columns: cols('Figure|Value', 'lr'), rows: summary },
    blocks: { columns: cols('Block|Kind|Peak load|Instances drawn / needed|Utilisation|Storage per year|Availability', 'llrrrrr'), rows: blocks },
    warnings: result.warnings.filter(about).map((w) => ({ severity: w.severity, message: w.message, ...(w.blockId ? { block: nameOf(w.blockId) } : {}) })),
  };
}

/** A block's row after its name: kind, peak load, instances, utilisation, storage per year, availability. */
function blockCells(node: DesignNode, result: EstimateResult, i: number | undefined): string[] {
  const kind = resolveBlockKind(node.kind);
  const kindName = kind.known ? kind.kind.name : `unknown (${node.kind})`;
  if (i === undefined) return [kindName, '—', '—', '—', '—', '—'];
  const row = blockRow(result, i);
  const f = row.figures;
  const peak = `${formatPlain(f.peakRps)} requests/s`;
  if (row.isClient) return [kindName, peak, "(users' devices)", '—', '—', '—'];
  // As on the canvas: a managed service scales itself; a store also needs room for its data.
  const needed = Math.max(f.instancesNeeded, f.storageNodesNeeded);
  const instances = row.managed ? 'managed' : `${formatPlain(f.instances)} / ${formatPlain(needed)}${needed > f.instances ? ' (short)' : ''}`;
  const utilisation = row.managed ? '—' : `${formatPlain(f.utilization * 100)}%`;
  return [kindName, peak, instances, utilisation, f.bytesPerYear > 0 ? formatBytes(f.bytesPerYear, result.units) : '—', formatAvailability(f.blockAvailability)];
}
