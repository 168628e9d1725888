/**
 * Requests per second one CPU-bound server handles: cores / CPU seconds per request.
 * 64 cores at 200 ms give 320 RPS.
 * Source: estimation-defaults.md, "Request estimation per server" (seed).
 */
export function cpuBoundRps(cores: number, cpuMsPerRequest: number): number {
  return cores / (cpuMsPerRequest / 1_000);
}

/**
 * Workers that fit in memory: (RAM - OS reserve) / memory per worker, decimal units
 * (GB = 1,000 MB). (256 GB - 16 GB) / 300 MB = 800 workers.
 * Source: estimation-defaults.md, "Request estimation per server" (seed).
 */
export function memoryWorkers(ramGB: number, osReserveGB: number, memoryPerWorkerMB: number): number {
  return Math.max(0, ((ramGB - osReserveGB) * 1_000) / memoryPerWorkerMB);
}

/**
 * Requests per second one memory-bound server handles: workers * (1 / seconds per request).
 * 800 workers at 50 ms give 16,000 RPS.
 * Source: estimation-defaults.md, "Request estimation per server" (seed).
 */
export function memoryBoundRps(ramGB: number, osReserveGB: number, memoryPerWorkerMB: number, msPerRequest: number): number {
  return memoryWorkers(ramGB, osReserveGB, memoryPerWorkerMB) * (1_000 / msPerRequest);
}

/**
 * Requests per second one instance handles when reads and writes have their own rates (an object
 * store prefix: 5,500 reads and 3,500 writes per second): peak / (peak reads / read rate + peak
 * writes / write rate), the blend that fills an instance exactly. With no load, the write rate.
 * Source: estimation-defaults.md, "Where requests and bytes actually go" (object store request rates).
 */
export function blendedRps(peakReadRps: number, peakWriteRps: number, readRps: number, writeRps: number): number {
  const busy = peakReadRps / readRps + peakWriteRps / writeRps;
  return busy > 0 ? (peakReadRps + peakWriteRps) / busy : writeRps;
}

/** ceil() that ignores floating-point dust (320.0000000001 -> 320, not 321). */
export function ceilCount(x: number): number {
  return Math.ceil(x - 1e-9 * Math.max(1, Math.abs(x)));
}

/**
 * Instances (servers) needed, a count: ceil(peak rps / (rps per instance * target utilisation)).
 * Zero load needs zero instances.
 * Source: estimation-defaults.md, "Request estimation per server" (servers needed).
 */
export function instancesNeeded(peakRps: number, rpsPerInstance: number, targetUtilization: number): number {
  if (peakRps <= 0) return 0;
  return ceilCount(peakRps / (rpsPerInstance * targetUtilization));
}

/**
 * Utilisation at peak of what the user drew, a ratio (1 = full):
 * peak rps / (rps per instance * instances).
 * Source: estimation-defaults.md, "Request estimation per server".
 */
export function utilization(peakRps: number, rpsPerInstance: number, instances: number): number {
  return peakRps / (rpsPerInstance * instances);
}

/**
 * Shards a store needs, a count: enough to hold one copy of the data and to absorb the peak
 * writes (every replica of a shard takes every write, so replicas do not add write capacity).
 * shards = max(1, ceil(bytes / bytes per node), ceil(peak write rps / (rps per instance * utilisation))).
 * Source: issue 3, "Capacity" (shards from storage and write load).
 */
export function shardsNeeded(bytesOneCopy: number, bytesPerNode: number, peakWriteRps: number, rpsPerInstance: number, targetUtilization: number): number {
  return Math.max(1, ceilCount(bytesOneCopy / bytesPerNode), instancesNeeded(peakWriteRps, rpsPerInstance, targetUtilization));
}

/**
 * Little's law: requests in flight = arrival rate (rps) * time in system (s).
 * Source: estimation-defaults.md, "Other rules worth having".
 */
export function requestsInFlight(rps: number, latencyMs: number): number {
  return rps * (latencyMs / 1_000);
}
