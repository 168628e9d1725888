import type { EdgeColumns, EstimateResult } from '../../../shared/estimate';

/**
 * One connection's figures from the columnar result, as the inspector shows them: load, bytes
 * per request and bandwidth each way (average and at peak), the hop latency the engine used and
 * the network it chose.
 */
export interface EdgeFigures {
  avgRps: number;
  peakRps: number;
  /** Bytes per request, source to target; null when nothing travels to average over. */
  requestBytes: number | null;
  /** Bytes per response, target to source; null when nothing travels to average over. */
  responseBytes: number | null;
  avgRequestBitsPerSecond: number;
  peakRequestBitsPerSecond: number;
  avgResponseBitsPerSecond: number;
  peakResponseBitsPerSecond: number;
  hopLatencyMs: number;
  network: string;
  closesCycle: boolean;
  /** Average rps each operation sends along this connection, in workload order. */
  byOperation: { id: string; name: string; avgRps: number }[];
}

/** Bytes per request averaged over the operations, or null when nothing travels to average over. */
function perRequest(column: Float64Array, e: number, rps: number): number | null {
  return rps > 0 ? column[e]! : null;
}

export function edgeFigures(result: EstimateResult, id: string): EdgeFigures | null {
  const cols: EdgeColumns = result.edges;
  const e = cols.id.indexOf(id);
  if (e < 0) return null;
  const peak = result.totals.peakFactor;
  const avgRps = cols.avgRps[e]!;
  const req = cols.requestBitsPerSecond[e]!;
  const resp = cols.responseBitsPerSecond[e]!;
  const m = cols.id.length;
  return {
    avgRps,
    peakRps: cols.peakRps[e]!,
    requestBytes: perRequest(cols.avgRequestBytes, e, avgRps),
    responseBytes: perRequest(cols.avgResponseBytes, e, avgRps),
    avgRequestBitsPerSecond: req,
    peakRequestBitsPerSecond: req * peak,
    avgResponseBitsPerSecond: resp,
    peakResponseBitsPerSecond: resp * peak,
    hopLatencyMs: cols.hopLatencyMs[e]!,
    network: cols.network[e]!,
    closesCycle: cols.closesCycle[e] === 1,
    byOperation: result.operations.map((op, o) => ({ id: op.id, name: op.name, avgRps: cols.avgRpsByOperation[o * m + e]! })),
  };
}

const NETWORK_NAMES: Record<string, string> = {
  sameDataCenter: 'Same data center',
  crossRegion: 'Cross-region',
  internet: 'Internet',
  edge: 'Internet edge',
};

/** A network kind as people say it; one the engine adds later still reads as words. */
export function networkName(kind: string): string {
  const known = NETWORK_NAMES[kind];
  if (known) return known;
  const words = kind.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
