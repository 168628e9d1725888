import { describe, expect, it } from 'vitest';
import { formulas } from '../../../shared/estimate';

const {
  cpuBoundRps, memoryBoundRps, memoryWorkers, instancesNeeded, utilization, averageRps, peakFactor, payloadMixBytes,
  availabilityFromMtbf, kOfNAvailability, seriesAvailability, parallelAvailability, downtimeSeconds, failureFreeProbability,
  bitsPerSecond, bytesPerDay, bytesStored, storageNodesNeeded, SECONDS_PER_YEAR, SECONDS_PER_MONTH,
} = formulas;

describe('the seed\'s request estimation, worked', () => {
  it('gives 320 RPS for a CPU-bound server: 64 cores at 200 ms per request', () => {
    expect(cpuBoundRps(64, 200)).toBeCloseTo(320, 9);
    // The earlier edition's 72 hardware threads:
    expect(cpuBoundRps(72, 200)).toBeCloseTo(360, 9);
    // The current edition's instruction count: 3.5 M instructions at 3.5 GHz is 1 ms of CPU.
    expect(cpuBoundRps(64, (3.5e6 / 3.5e9) * 1000)).toBeCloseTo(64_000, 6);
  });

  it('gives 800 workers and 16,000 RPS for a memory-bound server: 256 GB, 16 GB for the OS, 300 MB per worker, 50 ms', () => {
    expect(memoryWorkers(256, 16, 300)).toBeCloseTo(800, 9);
    expect(memoryBoundRps(256, 16, 300, 50)).toBeCloseTo(16_000, 6);
  });

  it('derives the servers a daily load needs from those rates', () => {
    // 500 million requests a day, twice as busy at peak as on average.
    const avg = averageRps(1, 500e6);
    expect(avg).toBeCloseTo(5_787.037, 3);
    const peak = avg * 2;
    expect(instancesNeeded(peak, 320, 1)).toBe(Math.ceil(11_574.07 / 320)); // 37 CPU-bound servers
    expect(instancesNeeded(peak, 16_000, 1)).toBe(1); // one memory-bound server
    expect(instancesNeeded(peak, 320, 0.5)).toBe(Math.ceil(11_574.07 / 160)); // 73 with half the capacity kept free
    expect(instancesNeeded(0, 320, 1)).toBe(0);
    // Exactly at capacity is enough; floating-point dust does not add a server.
    expect(instancesNeeded(320 * 3, 320, 1)).toBe(3);
    expect(utilization(480, 320, 2)).toBeCloseTo(0.75, 12);
  });
});

describe('traffic, storage and bandwidth rules', () => {
  it('turns a busy window into a peak factor: 80% of the traffic in 20% of the day is 4x', () => {
    expect(peakFactor({ type: 'window', trafficShare: 0.8, timeShare: 0.2 })).toBeCloseTo(4, 12);
    expect(peakFactor({ type: 'factor', factor: 3 })).toBe(3);
  });

  it('averages a payload mix: 10% carry 200 KB, 5% carry 3 MB, all carry 250 B', () => {
    expect(payloadMixBytes([{ share: 0.1, bytes: 200_000 }, { share: 0.05, bytes: 3_000_000 }, { share: 1, bytes: 250 }])).toBeCloseTo(20_000 + 150_000 + 250, 6);
  });

  it('works out bytes per day, bytes kept and nodes needed in decimal units', () => {
    expect(bytesPerDay(10, 1_000)).toBe(864_000_000);
    expect(bytesStored(1e9, 365, 3)).toBe(1.095e12);
    expect(storageNodesNeeded(33e12, 16)).toBe(3);
    expect(storageNodesNeeded(32e12, 16)).toBe(2);
    expect(storageNodesNeeded(0, 16)).toBe(1);
  });

  it('converts a request rate and size to bit/s, the same as bytes per day * 8 / 86,400', () => {
    expect(bitsPerSecond(100, 1_000)).toBe(800_000);
    expect(bitsPerSecond(100, 1_000)).toBeCloseTo((bytesPerDay(100, 1_000) * 8) / 86_400, 6);
  });
});

describe('availability and reliability', () => {
  it('reproduces the reference downtime table', () => {
    expect(downtimeSeconds(0.999, SECONDS_PER_YEAR) / 3600).toBeCloseTo(8.76, 6);
    expect(downtimeSeconds(0.999, SECONDS_PER_MONTH) / 60).toBeCloseTo(43.2, 6);
    expect(downtimeSeconds(0.999, 86_400)).toBeCloseTo(86.4, 6);
    expect(downtimeSeconds(0.99999, SECONDS_PER_YEAR) / 60).toBeCloseTo(5.256, 3);
  });

  it('computes availability from MTBF and MTTR', () => {
    expect(availabilityFromMtbf(999, 1)).toBeCloseTo(0.999, 12);
  });

  it('combines components in series, in parallel and k of n', () => {
    expect(seriesAvailability([0.99, 0.99])).toBeCloseTo(0.9801, 12);
    expect(parallelAvailability([0.99, 0.99])).toBeCloseTo(0.9999, 12);
    expect(kOfNAvailability(0.99, 1, 2)).toBeCloseTo(0.9999, 12);
    expect(kOfNAvailability(0.99, 2, 2)).toBeCloseTo(0.9801, 12);
    // 2 of 3: all three up, or exactly one down (3 ways).
    expect(kOfNAvailability(0.9, 2, 3)).toBeCloseTo(0.9 ** 3 + 3 * 0.9 ** 2 * 0.1, 12);
    expect(kOfNAvailability(0.99, 3, 2)).toBe(0);
    // Large fleets stay finite and sensible.
    const big = kOfNAvailability(0.999, 900, 1_000);
    expect(big).toBeGreaterThan(0.999999);
    expect(big).toBeLessThanOrEqual(1);
  });

  it('gives the chance of a failure-free period, e^(-t/MTBF)', () => {
    expect(failureFreeProbability(1_000, 1_000)).toBeCloseTo(Math.exp(-1), 12);
    expect(failureFreeProbability(1, 0)).toBe(0);
  });
});
