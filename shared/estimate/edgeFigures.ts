import type { EstimateContext } from './context';
import type { Traffic } from './traffic';
import type { Bandwidth } from './bandwidth';
import type { EdgeColumns } from './schema';
import { doubleColumns, toInts, toNumbers } from './columns';

/** Per-connection columns: load per operation and in total, bandwidth, network and hop latency. */
export function computeEdgeColumns(ctx: EstimateContext, traffic: Traffic, bandwidth: Bandwidth): EdgeColumns {
  const m = ctx.graph.edgeCount;
  const column = doubleColumns(m);
  const avgRps = column();
  const peakRps = column();
  for (const op of ctx.ops) {
    const base = op.index * m;
    for (let e = 0; e < m; e++) avgRps[e]! += traffic.edgeRps[base + e]!;
  }
  for (let e = 0; e < m; e++) peakRps[e] = avgRps[e]! * ctx.peakFactor;
  return {
    id: ctx.design.edges.map((e) => e.id),
    closesCycle: toInts(ctx.graph.closesCycle),
    avgRps,
    peakRps,
    avgRpsByOperation: toNumbers(traffic.edgeRps),
    requestBitsPerSecond: toNumbers(bandwidth.edgeRequestBps),
    responseBitsPerSecond: toNumbers(bandwidth.edgeResponseBps),
    network: ctx.network,
    hopLatencyMs: toNumbers(ctx.hopLatencyMs),
  };
}
