import { SECONDS_PER_DAY } from './traffic';

export const DAYS_PER_YEAR = 365;
export const BYTES_PER_TB = 1e12;

/**
 * Bytes written per day from a write rate: write rps * 86,400 s * bytes per write.
 * Source: estimation-defaults.md, "Other rules worth having"; seed, "Example of resource estimation: Storage".
 */
export function bytesPerDay(writeRps: number, bytesPerWrite: number): number {
  return writeRps * SECONDS_PER_DAY * bytesPerWrite;
}

/** Bytes per year = bytes per day * 365. Source: as bytesPerDay. */
export function bytesPerYear(bytesPerDayValue: number): number {
  return bytesPerDayValue * DAYS_PER_YEAR;
}

/**
 * Bytes kept, all copies: bytes per day * retention days * replication factor.
 * Source: issue 3, "Storage"; seed, "Fault Tolerance > Replication".
 */
export function bytesStored(bytesPerDayValue: number, retentionDays: number, replicationFactor: number): number {
  return bytesPerDayValue * retentionDays * replicationFactor;
}

/**
 * Bytes of metric samples per day: instances watched * series per instance / scrape interval (s)
 * * 86,400 s * bytes per sample. 10 instances * 1,000 series / 15 s * 86,400 * 2 B = 115.2 MB/day.
 * Source: estimation-defaults.md, "Where requests and bytes actually go" (metric samples).
 */
export function metricBytesPerDay(instancesWatched: number, seriesPerInstance: number, scrapeIntervalSeconds: number, bytesPerSample: number): number {
  return ((instancesWatched * seriesPerInstance) / scrapeIntervalSeconds) * SECONDS_PER_DAY * bytesPerSample;
}

/**
 * Storage nodes needed, a count: ceil(bytes stored / (TB per node * 10^12)), at least 1.
 * Source: issue 3, "Storage" (nodes needed); estimation-defaults.md (decimal units).
 */
export function storageNodesNeeded(bytesStoredValue: number, storagePerNodeTB: number): number {
  return Math.max(1, Math.ceil(bytesStoredValue / (storagePerNodeTB * BYTES_PER_TB) - 1e-9));
}
