import { RATE_PERIOD_SECONDS, type OperationRate, type PayloadShare, type PeakModel } from '../../model/workload';

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
 * Average requests per second of an operation given as a total rate, as people state it
 * ("3,000 uploads a minute"): count / seconds in the period.
 * Source: Envelope's workload model (docs/estimation.md, "Workload").
 */
export function totalRateRps(rate: OperationRate): number {
  return rate.count / RATE_PERIOD_SECONDS[rate.per];
}

/**
 * Bytes of a media payload given as duration x bitrate: seconds * bits per second / 8.
 * A 4-minute video at 5 Mbit/s is 240 * 5,000,000 / 8 = 150 MB.
 * Source: bandwidth rule of estimation-defaults.md ("Other rules worth having"), read backwards.
 */
export function mediaBytes(seconds: number, bitsPerSecond: number): number {
  return (seconds * bitsPerSecond) / 8;
}

/** Bytes of one payload entry: duration x bitrate when both are given, else its bytes. */
export function payloadBytes(p: Pick<PayloadShare, 'bytes' | 'seconds' | 'bitsPerSecond'>): number {
  return p.seconds !== undefined && p.bitsPerSecond !== undefined ? mediaBytes(p.seconds, p.bitsPerSecond) : p.bytes;
}

/**
 * DNS lookups per second: clients cache answers (at least 60 s in Chromium, else the TTL), so a
 * DNS block answers lookups that follow users' sessions, not every request:
 * lookups/s = DAU * lookups per user per day / 86,400.
 * Source: estimation-defaults.md, "Where requests and bytes actually go" (DNS is looked up, then cached).
 */
export function dnsLookupRps(dailyActiveUsers: number, lookupsPerUserPerDay: number): number {
  return (dailyActiveUsers * lookupsPerUserPerDay) / SECONDS_PER_DAY;
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
export function payloadMixBytes(mix: readonly Pick<PayloadShare, 'share' | 'bytes' | 'seconds' | 'bitsPerSecond'>[]): number {
  let total = 0;
  for (const p of mix) total += p.share * payloadBytes(p);
  return total;
}

/**
 * Requests per second a connection carries for one operation:
 * source rps * pass-through share of the source * share of this connection * fan-out, and for
 * reads of a store called beside a cache (cache-aside) * the share the cache misses.
 * Source: Envelope's traffic model (docs/estimation.md, "Traffic through the graph").
 */
export function edgeRps(sourceRps: number, passThrough: number, share: number, fanOut: number, asideHit = 1): number {
  return sourceRps * passThrough * share * fanOut * asideHit;
}
