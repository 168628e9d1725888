import { describe, expect, it } from 'vitest';
import { estimate } from '../../../shared/estimate';
import { at, block, design, link, op } from './build';

describe('capacity, storage and latency of the blocks', () => {
  it('sizes a CPU-bound app tier from the seed\'s server: 320 RPS per server', () => {
    // 100 million requests a day, peak twice the average: 2,314.8 rps at peak.
    const d = design(
      [block('users', 'client'), block('app', 'appServer', { capacityModel: 'cpuBound', cores: 64, cpuMsPerRequest: 200, instances: 4 })],
      [link('users', 'app')],
      { dailyActiveUsers: 1_000_000, operations: [op('read', 100)], peak: { type: 'factor', factor: 2 } },
    );
    const r = estimate(d);
    const peak = (1_000_000 * 100 * 2) / 86_400;
    expect(at(r, 'rpsPerInstance', 'app')).toBeCloseTo(320, 9);
    expect(at(r, 'instancesNeeded', 'app')).toBe(Math.ceil(peak / 320));
    expect(at(r, 'utilization', 'app')).toBeCloseTo(peak / (320 * 4), 9);
    expect(r.warnings.some((w) => w.code === 'overCapacity' && w.blockId === 'app')).toBe(true);
  });

  it('sizes a memory-bound tier from the seed\'s server: 16,000 RPS per server, with headroom when asked', () => {
    const d = design(
      [block('users', 'client'), block('app', 'appServer', { capacityModel: 'memoryBound', ramGB: 256, osReserveGB: 16, memoryPerWorkerMB: 300, memoryMsPerRequest: 50, targetUtilization: 0.5 })],
      [link('users', 'app')],
      { dailyActiveUsers: 86_400 * 20_000, operations: [op('read', 1)] },
    );
    const r = estimate(d);
    expect(at(r, 'rpsPerInstance', 'app')).toBeCloseTo(16_000, 6);
    expect(at(r, 'instancesNeeded', 'app')).toBe(3); // 20,000 / (16,000 * 0.5) = 2.5
  });

  it('keeps the bytes written per day, times retention and replication, and counts the nodes', () => {
    const d = design(
      [block('users', 'client'), block('db', 'sqlDatabase', { replicationFactor: 3, storagePerNodeTB: 16, instances: 1 })],
      [link('users', 'db')],
      {
        dailyActiveUsers: 86_400 * 100,
        retentionDays: 365,
        operations: [op('post', 1, { writes: true, requestBytes: 250, payloadMix: [{ share: 0.1, bytes: 200_000, label: 'image' }] }), op('read', 10)],
      },
    );
    const r = estimate(d);
    const perWrite = 250 + 0.1 * 200_000;
    const perDay = 100 * 86_400 * perWrite;
    expect(at(r, 'bytesPerDay', 'db')).toBeCloseTo(perDay, 0);
    expect(at(r, 'bytesPerYear', 'db')).toBeCloseTo(perDay * 365, -3);
    expect(at(r, 'bytesStored', 'db')).toBeCloseTo(perDay * 365 * 3, -3);
    expect(at(r, 'storageNodesNeeded', 'db')).toBe(Math.ceil((perDay * 365 * 3) / 16e12));
    expect(r.warnings.some((w) => w.code === 'storageBeyondNodes' && w.blockId === 'db')).toBe(true);
  });

  it('uses a block\'s own retention over the workload\'s (a queue keeps 7 days)', () => {
    const d = design([block('users', 'client'), block('q', 'messageQueue', { replicationFactor: 1 })], [link('users', 'q', {}, 'async')], { retentionDays: 365, operations: [op('event', 1, { requestBytes: 100, writes: true })] });
    const r = estimate(d);
    expect(at(r, 'retentionDays', 'q')).toBe(7);
    expect(at(r, 'bytesStored', 'q')).toBeCloseTo(86_400 * 100 * 7, 3);
  });

  it('adds service times and hop latencies along the path, weighting cache hits', () => {
    const d = design(
      [block('users', 'client'), block('app', 'appServer', { serviceTimeMs: 20, cpuMsPerRequest: 20 }), block('cache', 'cache', { cacheHitRatio: 0.8, serviceTimeMs: 0.1 }), block('db', 'sqlDatabase', { serviceTimeMs: 5 })],
      [link('users', 'app', { latencyMs: 100 }), link('app', 'cache'), link('cache', 'db')],
    );
    const r = estimate(d);
    const expected = 100 + 20 + 0.5 + 0.1 + 0.2 * (0.5 + 5);
    expect(r.operations[0]!.latencyMs).toBeCloseTo(expected, 9);
    expect(r.operations[0]!.worstLatencyMs).toBeCloseTo(100 + 20 + 0.5 + 0.1 + 0.5 + 5, 9);
  });

  it('takes hop latencies from the latency table: the Internet for clients, across regions between region groups', () => {
    const d = design([block('users', 'client'), block('a', 'appServer', {}, 'east'), block('b', 'appServer', {}, 'west')], [link('users', 'a'), link('a', 'b')]);
    d.groups = [
      { id: 'east', kind: 'region', label: 'east', position: { x: 0, y: 0 }, size: { width: 1, height: 1 } },
      { id: 'west', kind: 'region', label: 'west', position: { x: 0, y: 0 }, size: { width: 1, height: 1 } },
    ];
    const r = estimate(d);
    expect(r.edges.network).toEqual(['internet', 'crossRegion']);
    expect(Array.from(r.edges.hopLatencyMs)).toEqual([142, 142]);
  });

  it('flags a missed latency objective', () => {
    const d = design([block('users', 'client'), block('app', 'appServer', { serviceTimeMs: 200 })], [link('users', 'app')], { operations: [op('read', 1, { sloLatencyMs: 100 })] });
    const r = estimate(d);
    expect(r.operations[0]!.sloLatencyMet).toBe(false);
    expect(r.warnings.some((w) => w.code === 'sloMissed' && w.operationId === 'read')).toBe(true);
  });
});
