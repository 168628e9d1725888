import type { EstimateContext } from './context';
import type { Traffic } from './traffic';
import type { Bandwidth } from './bandwidth';
import type { EdgeColumns } from './schema';

/** Per-connection columns: load per operation and in total, bandwidth, network and hop latency. */
export function computeEdgeColumns(ctx: EstimateContext, traffic: Traffic, bandwidth: Bandwidth): EdgeColumns {
  const m = ctx.graph.edgeCount;
  const avgRps = new Float64Array(m);
  const peakRps = new Float64Array(m);
  for (const op of ctx.ops) {
    const base = op.index * m;
    for (let e = 0; e < m; e++) avgRps[e]! += traffic.edgeRps[base + e]!;
  }
  const avgRequestBytes = new Float64Array(m);
  const avgResponseBytes = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    peakRps[e] = avgRps[e]! * ctx.peakFactor;
    // Bytes per request each way, averaged over the operations by their rates.
    if (avgRps[e]! > 0) {
      avgRequestBytes[e] = bandwidth.edgeRequestBps[e]! / 8 / avgRps[e]!;
      avgResponseBytes[e] = bandwidth.edgeResponseBps[e]! / 8 / avgRps[e]!;
    }
  }
  return {
    id: ctx.design.edges.map((e) => e.id),
    closesCycle: ctx.graph.closesCycle,
    avgRps,
    peakRps,
    avgRpsByOperation: traffic.edgeRps,
    requestBitsPerSecond: bandwidth.edgeRequestBps,
    responseBitsPerSecond: bandwidth.edgeResponseBps,
    avgRequestBytes,
    avgResponseBytes,
    network: ctx.network,
    hopLatencyMs: ctx.hopLatencyMs,
  };
}
