import type { PeakModel } from '../../model/workload';

/** Seconds in a day; the reference's day has 86,400 s. */
export const SECONDS_PER_DAY = 86_400;

/**
 * Average requests per second of an operation.
 * rps = daily active users * requests per user per day / 86,400 s.
 * Source: estimation-defaults.md, "Other rules worth having" (a day has 86,400 s).
 */
export function averageRps(dailyActiveUsers: number, requestsPerUserPerDay: number): number {
  return (dailyActiveUsers * requestsPerUserPerDay) / SECONDS_PER_DAY;
}

/**
 * Peak-to-average factor (dimensionless). A factor model gives it directly; a busy-window model
 * ("80% of the traffic in 20% of the day") gives trafficShare / timeShare.
 * Source: estimation-defaults.md, "Other rules worth having" (peak load).
 */
export function peakFactor(peak: PeakModel): number {
  return peak.type === 'factor' ? peak.factor : peak.trafficShare / peak.timeShare;
}

/** Peak rps = average rps * peak factor. Source: as peakFactor. */
export function peakRps(avgRps: number, factor: number): number {
  return avgRps * factor;
}

/**
 * Average bytes a payload mix adds to a request (or response), in bytes:
 * sum over the mix of share * bytes (e.g. 10% carry 200 KB -> 20 KB on average).
 * Source: issue 3, "Workload" (payload mix).
 */
export function payloadMixBytes(mix: readonly { share: number; bytes: number }[]): number {
  let total = 0;
  for (const p of mix) total += p.share * p.bytes;
  return total;
}

/**
 * Requests per second a connection carries for one operation:
 * source rps * pass-through share of the source * share of this connection * fan-out.
 * Source: Envelope's traffic model (docs/estimation.md, "Traffic through the graph").
 */
export function edgeRps(sourceRps: number, passThrough: number, share: number, fanOut: number): number {
  return sourceRps * passThrough * share * fanOut;
}
