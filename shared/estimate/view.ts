import { BLOCK_FLAG, type BlockColumns, type EdgeColumns, type EstimateResult } from './schema';
import { BLOCK_FIGURES, EDGE_FIGURES } from './explain';

/**
 * Row views of the columnar result, for a panel that shows one block, or a report that wants
 * one object per block. Cheap per row; `toReport` builds every row (CLI, docs pipelines).
 */
export interface BlockRow {
  id: string;
  knownKind: boolean;
  isClient: boolean;
  reachable: boolean;
  storesData: boolean;
  /** Cannot carry its peak with the instances drawn. */
  capacityShortfall: boolean;
  /** A managed service that scales itself (DNS, CDN). */
  managed: boolean;
  /** Keeps operational data (a queue's window, logs, metrics). */
  operational: boolean;
  figures: Record<(typeof BLOCK_FIGURES)[number], number>;
  avgRpsByOperation: Record<string, number>;
}

export interface EdgeRow {
  id: string;
  closesCycle: boolean;
  network: EdgeColumns['network'][number];
  figures: Record<(typeof EDGE_FIGURES)[number], number>;
  avgRpsByOperation: Record<string, number>;
}

export function blockRow(result: EstimateResult, i: number): BlockRow {
  const cols: BlockColumns = result.blocks;
  const flags = cols.flags[i]!;
  const figures = {} as BlockRow['figures'];
  for (const key of BLOCK_FIGURES) figures[key] = cols[key][i]!;
  const byOp: Record<string, number> = {};
  result.operations.forEach((op, o) => (byOp[op.id] = cols.avgRpsByOperation[o * cols.id.length + i]!));
  return {
    id: cols.id[i]!,
    knownKind: (flags & BLOCK_FLAG.knownKind) !== 0,
    isClient: (flags & BLOCK_FLAG.isClient) !== 0,
    reachable: (flags & BLOCK_FLAG.reachable) !== 0,
    storesData: (flags & BLOCK_FLAG.storesData) !== 0,
    capacityShortfall: (flags & BLOCK_FLAG.capacityShortfall) !== 0,
    managed: (flags & BLOCK_FLAG.managed) !== 0,
    operational: (flags & BLOCK_FLAG.operational) !== 0,
    figures,
    avgRpsByOperation: byOp,
  };
}

export function edgeRow(result: EstimateResult, e: number): EdgeRow {
  const cols = result.edges;
  const figures = {} as EdgeRow['figures'];
  for (const key of EDGE_FIGURES) figures[key] = cols[key][e]!;
  const byOp: Record<string, number> = {};
  result.operations.forEach((op, o) => (byOp[op.id] = cols.avgRpsByOperation[o * cols.id.length + e]!));
  return { id: cols.id[e]!, closesCycle: cols.closesCycle[e] === 1, network: cols.network[e]!, figures, avgRpsByOperation: byOp };
}

/** The whole estimate with one object per block and per connection. */
export interface EstimateReport {
  engineVersion: 1;
  units: EstimateResult['units'];
  totals: EstimateResult['totals'];
  scores: EstimateResult['scores'];
  operations: EstimateResult['operations'];
  blocks: BlockRow[];
  edges: EdgeRow[];
  warnings: EstimateResult['warnings'];
}

export function toReport(result: EstimateResult): EstimateReport {
  return {
    engineVersion: result.engineVersion,
    units: result.units,
    totals: result.totals,
    scores: result.scores,
    operations: result.operations,
    blocks: result.blocks.id.map((_, i) => blockRow(result, i)),
    edges: result.edges.id.map((_, e) => edgeRow(result, e)),
    warnings: result.warnings,
  };
}
