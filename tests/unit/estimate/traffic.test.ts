import { describe, expect, it } from 'vitest';
import { estimate } from '../../../shared/estimate';
import { at, block, design, edgeAt, link, op } from './build';

// 86,400 daily users making one request a day is exactly 1 request per second on average.

describe('traffic through the graph', () => {
  it('carries an operation from its entry to every block it calls', () => {
    const r = estimate(design([block('users', 'client'), block('app', 'appServer'), block('db', 'sqlDatabase')], [link('users', 'app'), link('app', 'db')]));
    expect(at(r, 'avgRps', 'users')).toBeCloseTo(1, 12);
    expect(at(r, 'avgRps', 'app')).toBeCloseTo(1, 12);
    expect(at(r, 'avgRps', 'db')).toBeCloseTo(1, 12);
  });

  it('splits traffic evenly across a load balancer\'s targets, or by the shares drawn', () => {
    const even = estimate(design([block('users', 'client'), block('lb', 'loadBalancer'), block('a', 'appServer'), block('b', 'appServer')], [link('users', 'lb'), link('lb', 'a'), link('lb', 'b')], { dailyActiveUsers: 86_400 * 10 }));
    expect(at(even, 'avgRps', 'a')).toBeCloseTo(5, 9);
    expect(at(even, 'avgRps', 'b')).toBeCloseTo(5, 9);
    const weighted = estimate(design([block('users', 'client'), block('lb', 'loadBalancer'), block('a', 'appServer'), block('b', 'appServer')], [link('users', 'lb'), link('lb', 'a', { share: 0.8 }), link('lb', 'b')], { dailyActiveUsers: 86_400 * 10 }));
    expect(at(weighted, 'avgRps', 'a')).toBeCloseTo(8, 9);
    expect(at(weighted, 'avgRps', 'b')).toBeCloseTo(2, 9);
  });

  it('lets only cache misses through to the store behind the cache, but every write', () => {
    const d = design(
      [block('users', 'client'), block('cache', 'cache', { cacheHitRatio: 0.9 }), block('db', 'sqlDatabase')],
      [link('users', 'cache'), link('cache', 'db')],
      { dailyActiveUsers: 86_400 * 100, operations: [op('read', 1), op('write', 0.1, { writes: true })] },
    );
    const r = estimate(d);
    expect(at(r, 'avgReadRps', 'db')).toBeCloseTo(100 * 0.1, 9);
    expect(at(r, 'avgWriteRps', 'db')).toBeCloseTo(10, 9);
  });

  it('multiplies by fan-out and by a connection\'s share', () => {
    const r = estimate(design([block('users', 'client'), block('app', 'appServer'), block('feed', 'keyValueStore')], [link('users', 'app'), link('app', 'feed', { fanOut: 20, share: 0.5 })]));
    expect(at(r, 'avgRps', 'feed')).toBeCloseTo(10, 9);
  });

  it('copies writes, not reads, along replication connections', () => {
    const r = estimate(design(
      [block('users', 'client'), block('db', 'sqlDatabase'), block('replica', 'sqlDatabase')],
      [link('users', 'db'), link('db', 'replica', {}, 'replication')],
      { operations: [op('read', 5), op('write', 2, { writes: true })] },
    ));
    expect(at(r, 'avgRps', 'db')).toBeCloseTo(7, 9);
    expect(at(r, 'avgRps', 'replica')).toBeCloseTo(2, 9);
    expect(at(r, 'avgWriteRps', 'replica')).toBeCloseTo(2, 9);
  });

  it('routes reads and writes along the connections that carry them', () => {
    const r = estimate(design(
      [block('users', 'client'), block('app', 'appServer'), block('cache', 'cache'), block('db', 'sqlDatabase')],
      [link('users', 'app'), link('app', 'cache', { appliesTo: 'reads' }), link('app', 'db', { appliesTo: 'writes' })],
      { operations: [op('read', 5), op('write', 2, { writes: true })] },
    ));
    expect(at(r, 'avgRps', 'cache')).toBeCloseTo(5, 9);
    expect(at(r, 'avgRps', 'db')).toBeCloseTo(2, 9);
  });

  it('keeps asynchronous connections in the throughput but out of the latency', () => {
    // A message is sent for a write (a read produces none), so the operation writes.
    const writes = { operations: [op('post', 1, { writes: true })] };
    const sync = estimate(design([block('users', 'client'), block('app', 'appServer'), block('q', 'messageQueue')], [link('users', 'app'), link('app', 'q')], writes));
    const async = estimate(design([block('users', 'client'), block('app', 'appServer'), block('q', 'messageQueue')], [link('users', 'app'), link('app', 'q', {}, 'async')], writes));
    expect(at(async, 'avgRps', 'q')).toBeCloseTo(at(sync, 'avgRps', 'q'), 12);
    expect(async.operations[0]!.latencyMs).toBeLessThan(sync.operations[0]!.latencyMs);
    expect(sync.operations[0]!.latencyMs - async.operations[0]!.latencyMs).toBeCloseTo(0.5 + 1, 9); // hop + the queue's service time
  });

  it('reports a cycle instead of looping on it, and stays finite', () => {
    const r = estimate(design([block('users', 'client'), block('a', 'appServer'), block('b', 'appServer')], [link('users', 'a'), link('a', 'b'), link('b', 'a')]));
    expect(r.warnings.filter((w) => w.code === 'cycle')).toHaveLength(1);
    expect(r.warnings.find((w) => w.code === 'cycle')?.edgeId).toBe('b-a');
    expect(at(r, 'avgRps', 'a')).toBeCloseTo(1, 12);
    expect(at(r, 'avgRps', 'b')).toBeCloseTo(1, 12);
  });

  it('reports blocks no operation reaches', () => {
    const r = estimate(design([block('users', 'client'), block('app', 'appServer'), block('orphan', 'cache')], [link('users', 'app')]));
    const unreachable = r.warnings.filter((w) => w.code === 'unreachable').map((w) => w.blockId);
    expect(unreachable).toEqual(['orphan']);
  });

  it('applies the peak model to every load', () => {
    const r = estimate(design([block('users', 'client'), block('app', 'appServer')], [link('users', 'app')], { peak: { type: 'window', trafficShare: 0.8, timeShare: 0.2 } }));
    expect(at(r, 'peakRps', 'app')).toBeCloseTo(4, 9);
    expect(r.totals.peakFactor).toBeCloseTo(4, 12);
  });

  it('counts bandwidth per connection in bit/s, requests forward and responses back', () => {
    const r = estimate(design([block('users', 'client'), block('app', 'appServer')], [link('users', 'app')], { operations: [op('read', 1, { requestBytes: 500, responseBytes: 2_000 })] }));
    expect(edgeAt(r, 'requestBitsPerSecond', 'users-app')).toBeCloseTo(4_000, 6);
    expect(edgeAt(r, 'responseBitsPerSecond', 'users-app')).toBeCloseTo(16_000, 6);
    expect(at(r, 'inBitsPerSecond', 'app')).toBeCloseTo(4_000, 6);
    expect(r.totals.ingressBitsPerSecond).toBeCloseTo(4_000, 6);
    expect(r.totals.egressBitsPerSecond).toBeCloseTo(16_000, 6);
  });
});
