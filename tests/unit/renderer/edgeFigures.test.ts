import { describe, expect, it } from 'vitest';
import { estimate } from '../../../shared/estimate';
import { edgeFigures, networkName } from '../../../renderer/src/estimate/edgeFigures';
import { block, design, link, op } from '../estimate/build';

/**
 * users -> app, 86,400 daily users: "read" once a day (1 rps average), "write" twice (2 rps),
 * peak factor 3. Request 1,000 B and 4,000 B, responses 10,000 B and 500 B.
 */
const photos = design([block('users', 'client'), block('app', 'appServer')], [link('users', 'app')], {
  operations: [op('read', 1, { name: 'Read photo', requestBytes: 1_000, responseBytes: 10_000 }), op('write', 2, { name: 'Upload', requestBytes: 4_000, responseBytes: 500, writes: true })],
  peak: { type: 'factor', factor: 3 },
});

describe("a connection's figures in the inspector", () => {
  it('reads load, bytes per request and bandwidth each way from the result', () => {
    const f = edgeFigures(estimate(photos), 'users-app');
    expect(f).not.toBeNull();
    // 1 + 2 = 3 rps; at peak x3 = 9 rps.
    expect(f!.avgRps).toBeCloseTo(3, 9);
    expect(f!.peakRps).toBeCloseTo(9, 9);
    // Requests: (1 * 1,000 + 2 * 4,000) B/s = 9,000 B/s = 72,000 bit/s; 9,000 / 3 = 3,000 B each.
    expect(f!.avgRequestBitsPerSecond).toBeCloseTo(72_000, 6);
    expect(f!.peakRequestBitsPerSecond).toBeCloseTo(216_000, 6);
    expect(f!.requestBytes).toBeCloseTo(3_000, 6);
    // Responses: (1 * 10,000 + 2 * 500) B/s = 11,000 B/s; 11,000 / 3 B each.
    expect(f!.avgResponseBitsPerSecond).toBeCloseTo(88_000, 6);
    expect(f!.peakResponseBitsPerSecond).toBeCloseTo(264_000, 6);
    expect(f!.responseBytes).toBeCloseTo(11_000 / 3, 6);
    expect(f!.byOperation).toEqual([
      { id: 'read', name: 'Read photo', avgRps: expect.closeTo(1, 9) as number },
      { id: 'write', name: 'Upload', avgRps: expect.closeTo(2, 9) as number },
    ]);
  });

  it('gives the network and hop latency the engine used, not the catalog default', () => {
    const f = edgeFigures(estimate(photos), 'users-app')!;
    // A client hop crosses the Internet: 142 ms round trip, not the data center's 0.5 ms.
    expect(f.network).toBe('internet');
    expect(f.hopLatencyMs).toBe(142);
    expect(networkName(f.network)).toBe('Internet');
    const set = edgeFigures(estimate({ ...photos, edges: [link('users', 'app', { network: 'sameDataCenter', latencyMs: 7 })] }), 'users-app')!;
    expect(set.network).toBe('sameDataCenter');
    expect(set.hopLatencyMs).toBe(7);
  });

  it('has no bytes per request where nothing travels, and no row for a missing connection', () => {
    const idle = edgeFigures(estimate({ ...photos, workload: { ...photos.workload, dailyActiveUsers: 0 } }), 'users-app')!;
    expect(idle.avgRps).toBe(0);
    expect(idle.requestBytes).toBeNull();
    expect(idle.responseBytes).toBeNull();
    expect(edgeFigures(estimate(photos), 'nowhere')).toBeNull();
  });

  it("reads the engine's bytes-per-request columns", () => {
    const result = estimate(photos);
    const e = result.edges.id.indexOf('users-app');
    const f = edgeFigures(result, 'users-app')!;
    expect(f.requestBytes).toBe(result.edges.avgRequestBytes[e]);
    expect(f.responseBytes).toBe(result.edges.avgResponseBytes[e]);
  });

  it('names networks as people say them, including ones added later', () => {
    expect(networkName('sameDataCenter')).toBe('Same data center');
    expect(networkName('crossRegion')).toBe('Cross-region');
    expect(networkName('someNewKind')).toBe('Some new kind');
  });
});
