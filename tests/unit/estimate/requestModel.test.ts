import { describe, expect, it } from 'vitest';
import { createExplainer, estimate } from '../../../shared/estimate';
import { at, block, design, edgeAt, link, op } from './build';

/**
 * The request model, rule by rule, on designs drawn the usual way. Every expected figure is worked
 * out by hand in the comments, from the defaults in the catalog (docs/estimation.md has the same
 * worked examples).
 */

const PHOTO = 2_000_000; // one photo, 2 MB

/** docs/examples/photo-sharing: client -> DNS; client -> LB -> app -> cache and NoSQL; client -> CDN -> blob store. */
export function photoSharing() {
  return design(
    [block('client', 'client'), block('dns', 'dns'), block('lb', 'loadBalancer'), block('app', 'appServer'), block('cache', 'cache'), block('meta', 'nosqlDatabase'), block('cdn', 'cdn'), block('photos', 'blobStore')],
    [link('client', 'dns'), link('client', 'lb'), link('lb', 'app'), link('app', 'cache'), link('app', 'meta'), link('client', 'cdn'), link('cdn', 'photos')],
    {
      dailyActiveUsers: 500_000_000,
      peak: { type: 'factor', factor: 2 },
      retentionDays: 1_825,
      operations: [
        op('upload', 0.1, { writes: true, requestBytes: 1_000, responseBytes: 200, payloadMix: [{ share: 1, bytes: PHOTO, label: 'photo' }] }),
        op('view', 10, { requestBytes: 200, responseBytes: 1_000, payloadMix: [{ share: 1, bytes: PHOTO, label: 'photo' }] }),
      ],
    },
  );
}

describe('what each hop carries: the photo-sharing design', () => {
  const r = estimate(photoSharing());
  // Uploads: 500 M * 0.1 / 86,400 = 578.7037 /s. Views: 500 M * 10 / 86,400 = 57,870.37 /s.
  const uploads = (500e6 * 0.1) / 86_400;
  const views = (500e6 * 10) / 86_400;

  it('sends the photo to the CDN and blob store, the metadata to the load balancer', () => {
    // client -> CDN: views get the photo back (2 MB each); uploads send it.
    expect(edgeAt(r, 'responseBitsPerSecond', 'client-cdn')).toBeCloseTo((views * PHOTO + uploads * 200) * 8, -3);
    expect(edgeAt(r, 'requestBitsPerSecond', 'client-cdn')).toBeCloseTo((views * 200 + uploads * PHOTO) * 8, -3);
    // client -> LB: metadata only: views get 1,000 B back, uploads send 1,000 B.
    expect(edgeAt(r, 'responseBitsPerSecond', 'client-lb')).toBeCloseTo((views * 1_000 + uploads * 200) * 8, -1);
    expect(edgeAt(r, 'requestBitsPerSecond', 'client-lb')).toBeCloseTo((views * 200 + uploads * 1_000) * 8, -1);
  });

  it('answers DNS lookups as clients make them, at about 100 bytes each way', () => {
    // 500 M users * 10 lookups a day / 86,400 s = 57,870.37 lookups/s, not the 58,449 requests/s.
    expect(at(r, 'avgRps', 'dns')).toBeCloseTo(views, 6);
    expect(edgeAt(r, 'responseBitsPerSecond', 'client-dns')).toBeCloseTo(views * 100 * 8, 2);
  });

  it('keeps 100 TB of photos a day in the blob store and 50 GB of metadata in the database', () => {
    // 578.7037 uploads/s * 86,400 s * 2 MB = 10^14 B = 100 TB a day.
    expect(at(r, 'bytesPerDay', 'photos')).toBeCloseTo(uploads * 86_400 * PHOTO, -3);
    // 578.7037 * 86,400 * 1,000 B = 5 * 10^10 B = 50 GB a day.
    expect(at(r, 'bytesPerDay', 'meta')).toBeCloseTo(5e10, -1);
    expect(r.totals.storageBytesPerDay).toBeCloseTo(1e14 + 5e10, -4);
  });

  it('needs 18 metadata nodes: 50 GB a day * 1,825 days * 3 copies / 16 TB', () => {
    // 5e10 * 1,825 * 3 = 2.7375e14 B; / 16e12 = 17.1 -> 18.
    expect(at(r, 'storageNodesNeeded', 'meta')).toBe(18);
    // Reads: views * (1 - 0.8) thanks to the cache beside it = 11,574.07; writes 578.70; peak x2
    // = 24,305.6 rps at 10,000 per node -> 3.
    expect(at(r, 'avgReadRps', 'meta')).toBeCloseTo(views * 0.2, 6);
    expect(at(r, 'instancesNeeded', 'meta')).toBe(3);
  });

  it('egress is the photos the CDN serves plus small metadata: 926 Gbit/s', () => {
    // Responses to clients: views (2 MB from the CDN + 1,000 B from the LB + 100 B from DNS)
    // and uploads (200 B from the CDN and from the LB).
    const bytes = views * (PHOTO + 1_000 + 100) + uploads * (200 + 200);
    expect(r.totals.egressBitsPerSecond).toBeCloseTo(bytes * 8, -4);
    expect(r.totals.egressBitsPerSecond / 1e12).toBeCloseTo(0.9264, 3);
  });

  it('a CDN scales as a managed service, and reaches its users at edge distance', () => {
    expect(at(r, 'instancesNeeded', 'cdn')).toBe(0);
    expect(r.warnings.filter((w) => w.blockId === 'cdn' && w.severity === 'error')).toEqual([]);
    expect(edgeAt(r, 'hopLatencyMs', 'client-cdn')).toBe(20);
    expect(edgeAt(r, 'hopLatencyMs', 'client-lb')).toBe(142);
  });
});

describe('blocks drawn in the path', () => {
  it('a DNS block drawn before the load balancer answers lookups and passes every request on', () => {
    // 86,400 users * 100 requests a day = 100 rps reach the load balancer; 10 lookups a day = 10/s at DNS.
    const r = estimate(design([block('u', 'client'), block('dns', 'dns'), block('lb', 'loadBalancer'), block('app', 'appServer')], [link('u', 'dns'), link('dns', 'lb'), link('lb', 'app')], { operations: [op('read', 100)] }));
    expect(at(r, 'avgRps', 'dns')).toBeCloseTo(10, 9);
    expect(edgeAt(r, 'avgRps', 'u-dns')).toBeCloseTo(10, 9);
    expect(at(r, 'avgRps', 'lb')).toBeCloseTo(100, 9);
    expect(edgeAt(r, 'requestBitsPerSecond', 'lb-app')).toBeCloseTo(100 * 1_000 * 8, 6);
    // The user's trip after the lookup is still over the Internet, and it crosses into the system:
    // ingress = 10 lookups * 100 B + 100 requests * 1,000 B, * 8.
    expect(edgeAt(r, 'hopLatencyMs', 'u-dns')).toBe(20);
    expect(edgeAt(r, 'hopLatencyMs', 'dns-lb')).toBe(142);
    expect(r.totals.ingressBitsPerSecond).toBeCloseTo((10 * 100 + 100 * 1_000) * 8, 6);
  });

  it('a DNS block drawn in the path and a direct connection to the same block count each request once', () => {
    const r = estimate(design([block('u', 'client'), block('dns', 'dns'), block('lb', 'loadBalancer')], [link('u', 'dns'), link('dns', 'lb'), link('u', 'lb')], { operations: [op('read', 100)] }));
    expect(at(r, 'avgRps', 'lb')).toBeCloseTo(100, 9);
    expect(edgeAt(r, 'avgRps', 'dns-lb')).toBe(0);
    // With the direct connection for writes only, reads still go through the DNS block.
    const split = estimate(design([block('u', 'client'), block('dns', 'dns'), block('lb', 'loadBalancer')], [link('u', 'dns'), link('dns', 'lb'), link('u', 'lb', { appliesTo: 'writes' })], { operations: [op('read', 100), op('write', 10, { writes: true })] }));
    expect(at(split, 'avgRps', 'lb')).toBeCloseTo(110, 9);
    expect(edgeAt(split, 'avgRps', 'dns-lb')).toBeCloseTo(100, 9);
  });

  it('a caller the operation never reaches sends nothing the direct way: the DNS block still passes it on', () => {
    // client -> dns -> lb, and a batch job no operation reaches -> dns and -> lb (found by "never
    // raises the load downstream of a removed connection", seed 532105325). The batch job's direct
    // connection carries nothing, so the client's 86,400 * 100 / 86,400 = 100 rps go through the
    // DNS block to the load balancer, as if the batch job were not drawn (it had 0).
    const r = estimate(design([block('u', 'client'), block('dns', 'dns'), block('lb', 'loadBalancer'), block('batch', 'appServer')], [link('u', 'dns'), link('dns', 'lb'), link('batch', 'dns'), link('batch', 'lb')], { operations: [op('read', 100)] }));
    expect(edgeAt(r, 'avgRps', 'dns-lb')).toBeCloseTo(100, 9);
    expect(at(r, 'avgRps', 'lb')).toBeCloseTo(100, 9);
  });

  it('a read sends no message to a queue; a write does, with its metadata and not its media', () => {
    const d = design(
      [block('u', 'client'), block('app', 'appServer'), block('q', 'messageQueue'), block('blob', 'blobStore')],
      [link('u', 'app'), link('app', 'q', {}, 'async'), link('app', 'blob')],
      { operations: [op('get', 100), op('put', 10, { writes: true, requestBytes: 500, payloadMix: [{ share: 1, bytes: 1e6, label: '' }] })] },
    );
    const r = estimate(d);
    expect(at(r, 'avgRps', 'q')).toBeCloseTo(10, 9);
    // 10 messages/s * 500 B (the metadata; the 1 MB goes to the blob store).
    expect(at(r, 'bytesPerDay', 'q')).toBeCloseTo(10 * 500 * 86_400, 3);
    // No database here, so the blob store keeps the metadata with the object: 10 * (1 MB + 500 B).
    expect(at(r, 'bytesPerDay', 'blob')).toBeCloseTo(10 * (1e6 + 500) * 86_400, -2);
  });
});

describe('a connection switched off with a share or fan-out of 0', () => {
  it('takes nothing, so the media it would have drawn goes to the blocks that do take requests', () => {
    // u -> blob (fan-out 0) beside u -> db: 10 uploads/s of 1,000 B metadata and 1 MB media. The
    // blob store is switched off, so no block is a media sink: the db keeps both, 10 x 1,001,000 B
    // x 86,400 = 864.864 GB a day (before, the media went to the switched-off connection and nowhere).
    const upload = op('upload', 10, { writes: true, requestBytes: 1_000, payloadMix: [{ share: 1, bytes: 1_000_000, label: 'photo' }] });
    for (const off of [{ fanOut: 0 }, { share: 0 }] as Record<string, number>[]) {
      const r = estimate(design([block('u', 'client'), block('blob', 'blobStore'), block('db', 'sqlDatabase')], [link('u', 'blob', off), link('u', 'db')], { operations: [upload] }));
      expect(at(r, 'avgRps', 'blob')).toBe(0);
      expect(at(r, 'bytesPerDay', 'db')).toBeCloseTo(10 * 1_001_000 * 86_400, 0);
    }
  });

  it('gives no other way round: a DNS block or cache still passes on what only a switched-off connection would send', () => {
    // u -> dns -> lb -> app with u -> lb switched off: the 100 rps go through the DNS block (they
    // went nowhere, since the switched-off connection counted as the direct way).
    for (const off of [{ fanOut: 0 }, { share: 0 }] as Record<string, number>[]) {
      const r = estimate(design([block('u', 'client'), block('dns', 'dns'), block('lb', 'loadBalancer'), block('app', 'appServer')], [link('u', 'dns'), link('dns', 'lb'), link('lb', 'app'), link('u', 'lb', off)], { operations: [op('read', 100)] }));
      expect(at(r, 'avgRps', 'app')).toBeCloseTo(100, 9);
    }
    // app -> cache -> db with app -> db switched off: the 10 writes reach the db through the cache.
    const r = estimate(design([block('u', 'client'), block('app', 'appServer'), block('cache', 'cache'), block('db', 'sqlDatabase')], [link('u', 'app'), link('app', 'cache'), link('cache', 'db'), link('app', 'db', { share: 0 })], { operations: [op('write', 10, { writes: true })] }));
    expect(at(r, 'avgWriteRps', 'db')).toBeCloseTo(10, 9);
  });

  it('sends each request whole down one of a load balancer\'s connections, so one whose share comes to 0 takes nothing', () => {
    // u -> lb; lb -> app at share 1 (app -> db), lb -> blob left unset: the unset connection's
    // even share is (1 - 1) / 1 = 0, so it sends nothing. 10 uploads/s of 1,000 B metadata and
    // 1 MB media: the blob store gets 0 rps and the db keeps both, 10 x 1,001,000 B x 86,400 =
    // 864.864 GB a day (before, the media was steered toward the blob store and lost).
    const upload = op('upload', 10, { writes: true, requestBytes: 1_000, payloadMix: [{ share: 1, bytes: 1_000_000, label: 'photo' }] });
    const blocks = [block('u', 'client'), block('lb', 'loadBalancer'), block('app', 'appServer'), block('db', 'sqlDatabase'), block('blob', 'blobStore')];
    const r = estimate(design(blocks, [link('u', 'lb'), link('lb', 'app', { share: 1 }), link('lb', 'blob'), link('app', 'db')], { operations: [upload] }));
    expect(at(r, 'avgRps', 'blob')).toBe(0);
    expect(at(r, 'bytesPerDay', 'db')).toBeCloseTo(10 * 1_001_000 * 86_400, 0);
    // At 0.6 the unset connection takes the other 40 %. A load balancer does not take a request
    // apart: 4 uploads/s reach the blob store whole and it keeps 4 x 1,001,000 B a second; 6 reach
    // the app whole, and the db (the app's only store) keeps 6 x 1,001,000 B a second.
    const part = estimate(design(blocks, [link('u', 'lb'), link('lb', 'app', { share: 0.6 }), link('lb', 'blob'), link('app', 'db')], { operations: [upload] }));
    expect(at(part, 'avgRps', 'blob')).toBeCloseTo(4, 9);
    expect(at(part, 'bytesPerDay', 'blob')).toBeCloseTo(4 * 1_001_000 * 86_400, 0);
    expect(at(part, 'bytesPerDay', 'db')).toBeCloseTo(6 * 1_001_000 * 86_400, 0);
  });

  it('gives an unset connection nothing when the typed shares are a rounding error short of 1', () => {
    // 0.7 + 0.2 + 0.1 is 0.9999999999999999 in floating point: the unset fourth gets 0 rps, not 1e-14.
    const d = design(
      [block('u', 'client'), block('lb', 'loadBalancer'), block('a', 'appServer'), block('b', 'appServer'), block('c', 'appServer'), block('d', 'appServer')],
      [link('u', 'lb'), link('lb', 'a', { share: 0.7 }), link('lb', 'b', { share: 0.2 }), link('lb', 'c', { share: 0.1 }), link('lb', 'd')],
      { operations: [op('read', 100)] },
    );
    const r = estimate(d);
    expect(at(r, 'avgRps', 'd')).toBe(0);
    expect(at(r, 'avgRps', 'a')).toBeCloseTo(70, 9);
  });

  it('leaves replication alone: a replication connection copies every write whatever its share', () => {
    const r = estimate(design([block('u', 'client'), block('db1', 'sqlDatabase'), block('db2', 'sqlDatabase')], [link('u', 'db1'), link('db1', 'db2', { share: 0 }, 'replication')], { operations: [op('write', 10, { writes: true })] }));
    expect(at(r, 'avgWriteRps', 'db2')).toBeCloseTo(10, 9);
  });
});

describe('caches as people draw them', () => {
  const reads = [op('read', 100)];
  it('read-through (app -> cache -> db) sends the db only the misses', () => {
    const r = estimate(design([block('u', 'client'), block('app', 'appServer'), block('cache', 'cache', { cacheHitRatio: 0.8 }), block('db', 'sqlDatabase')], [link('u', 'app'), link('app', 'cache'), link('cache', 'db')], { operations: reads }));
    // 86,400 users * 100 / 86,400 = 100 rps; 20% miss -> 20.
    expect(at(r, 'avgRps', 'db')).toBeCloseTo(20, 9);
  });

  it('cache-aside (app -> cache, app -> db) sends the db only the misses too, and says so', () => {
    const d = design([block('u', 'client'), block('app', 'appServer'), block('cache', 'cache', { cacheHitRatio: 0.8 }), block('db', 'sqlDatabase')], [link('u', 'app'), link('app', 'cache'), link('app', 'db')], { operations: [op('read', 100), op('write', 10, { writes: true })] });
    const r = estimate(d);
    // Reads 100 * 0.2 = 20; writes go to the db in full: 10.
    expect(at(r, 'avgReadRps', 'db')).toBeCloseTo(20, 9);
    expect(at(r, 'avgWriteRps', 'db')).toBeCloseTo(10, 9);
    const why = createExplainer(d, r).explain({ scope: 'edge', id: 'app-db', figure: 'avgRpsByOperation', operationId: 'read' })!;
    expect(why.result.value).toBeCloseTo(20, 9);
    expect(why.notes.join(' ')).toMatch(/cache-aside: app reads db only when cache misses/);
  });

  it('a cache drawn with two connections from the same block is one cache: the db gets its misses once', () => {
    // app -> cache twice, app -> db (found by "adding a cache in front of a store never raises the
    // store's reads", seed 1511758168). Each connection sends the cache every read (2 x 100 = 200
    // rps), but a second look-up misses whenever the first does: the db reads 100 * (1 - 0.8) = 20,
    // not 100 * 0.2 * 0.2 = 4.
    const twice = { ...link('app', 'cache'), id: 'app-cache-again' };
    const d = design([block('u', 'client'), block('app', 'appServer'), block('cache', 'cache', { cacheHitRatio: 0.8 }), block('db', 'sqlDatabase')], [link('u', 'app'), link('app', 'cache'), twice, link('app', 'db')], { operations: reads });
    const r = estimate(d);
    expect(at(r, 'avgRps', 'cache')).toBeCloseTo(200, 9);
    expect(at(r, 'avgReadRps', 'db')).toBeCloseTo(20, 9);
    const why = createExplainer(d, r).explain({ scope: 'edge', id: 'app-db', figure: 'avgRpsByOperation', operationId: 'read' })!;
    expect(why.notes.join(' ')).toMatch(/cache-aside: app reads db only when cache misses \(20% of reads\)/);
  });

  it('a cache in front of the store and a direct connection too: reads come through the cache, writes direct', () => {
    const r = estimate(design([block('u', 'client'), block('app', 'appServer'), block('cache', 'cache', { cacheHitRatio: 0.8 }), block('db', 'sqlDatabase')], [link('u', 'app'), link('app', 'cache'), link('cache', 'db'), link('app', 'db')], { operations: [op('read', 100), op('write', 10, { writes: true })] }));
    // Reads: 100 * 0.2 misses through the cache, none on the direct connection; writes: 10, direct
    // only (the cache does not pass on a write its caller already sent to the store).
    expect(edgeAt(r, 'avgRps', 'cache-db')).toBeCloseTo(20, 9);
    expect(edgeAt(r, 'avgRps', 'app-db')).toBeCloseTo(10, 9);
    expect(at(r, 'avgReadRps', 'db')).toBeCloseTo(20, 9);
    expect(at(r, 'avgWriteRps', 'db')).toBeCloseTo(10, 9);
  });

  it('a DNS block drawn in the path only resolves the name: the cache behind it still sends the db its misses only', () => {
    // Found by "adding a cache in front of a store never raises the store's reads" (seed
    // 1511758168), the cache added behind a DNS block or beside one. 100 reads/s, hit ratio 0.8.
    const blocks = [block('u', 'client'), block('dns', 'dns'), block('cache', 'cache', { cacheHitRatio: 0.8 }), block('db', 'sqlDatabase')];
    // u -> dns -> cache -> db, and u -> db: read-through, as u -> cache -> db and u -> db. The DNS
    // block passes all 100 on to the cache, which sends the db 100 * 0.2 = 20; the direct
    // connection carries none of the reads (it had all 100, for 120 in all).
    const behind = estimate(design(blocks, [link('u', 'dns'), link('dns', 'cache'), link('cache', 'db'), link('u', 'db')], { operations: reads }));
    expect(edgeAt(behind, 'avgRps', 'u-db')).toBe(0);
    expect(at(behind, 'avgReadRps', 'db')).toBeCloseTo(20, 9);
    // u -> cache -> db, and u -> dns -> db: the same drawing with the DNS block on the direct way.
    const beside = estimate(design(blocks, [link('u', 'cache'), link('cache', 'db'), link('u', 'dns'), link('dns', 'db')], { operations: reads }));
    expect(edgeAt(beside, 'avgRps', 'dns-db')).toBe(0);
    expect(at(beside, 'avgReadRps', 'db')).toBeCloseTo(20, 9);
  });

  it('two tiers of caches in front of the store and a direct connection: reads come through both tiers', () => {
    // u -> near -> far -> db, and u -> db (found by the cache property, seed 1511758168: a cache
    // added between a cache and its store). 100 reads/s, each tier hits 0.8: the db reads
    // 100 * 0.2 * 0.2 = 4, and the direct connection none (it had all 100, for 104 in all).
    const r = estimate(design([block('u', 'client'), block('near', 'cache', { cacheHitRatio: 0.8 }), block('far', 'cache', { cacheHitRatio: 0.8 }), block('db', 'sqlDatabase')], [link('u', 'near'), link('near', 'far'), link('far', 'db'), link('u', 'db')], { operations: reads }));
    expect(edgeAt(r, 'avgRps', 'u-db')).toBe(0);
    expect(at(r, 'avgReadRps', 'db')).toBeCloseTo(4, 9);
  });

  it('a write sent straight to the store is not passed down a tier of caches or through a DNS block as well', () => {
    // u -> near -> far -> db with u -> db: 10 writes/s. u writes to the db directly and to near,
    // which passes it to far, which would pass it to the db again: the db gets the 10 once, not 20.
    const writes = [op('read', 100), op('write', 10, { writes: true })];
    const tiers = estimate(design([block('u', 'client'), block('near', 'cache', { cacheHitRatio: 0.8 }), block('far', 'cache', { cacheHitRatio: 0.8 }), block('db', 'sqlDatabase')], [link('u', 'near'), link('near', 'far'), link('far', 'db'), link('u', 'db')], { operations: writes }));
    expect(at(tiers, 'avgWriteRps', 'db')).toBeCloseTo(10, 9);
    expect(edgeAt(tiers, 'avgRps', 'far-db')).toBeCloseTo(100 * 0.2 * 0.2, 9);
    // The caches still take the write (they are updated on the way): near 10, far 10.
    expect(at(tiers, 'avgWriteRps', 'far')).toBeCloseTo(10, 9);
    // u -> dns -> cache -> db with u -> db: the DNS block only resolves the name; the db gets 10 writes.
    const dns = estimate(design([block('u', 'client'), block('dns', 'dns'), block('cache', 'cache', { cacheHitRatio: 0.8 }), block('db', 'sqlDatabase')], [link('u', 'dns'), link('dns', 'cache'), link('cache', 'db'), link('u', 'db')], { operations: writes }));
    expect(at(dns, 'avgWriteRps', 'db')).toBeCloseTo(10, 9);
    expect(at(dns, 'avgReadRps', 'db')).toBeCloseTo(20, 9);
  });

  it('a web of caches in front of another store holds none of the db\'s data, however deep', () => {
    // u -> 14 layers of 4 caches, each calling all 4 of the next -> kv, and u -> db beside. No
    // cache leads to the db, so it gets all 100 reads. Worked by hand for the kv: each layer-k
    // cache gets 100 x 0.8^(k-1) (4 callers x 0.2 of 100 x 0.8^(k-2)), the kv 4 x 0.2 x 100 x
    // 0.8^13 = 100 x 0.8^14. Asking each cache whether it is in front of the db walks every path
    // through the web (4^14 of them, minutes) unless the answers are remembered.
    const layers = 14;
    const width = 4;
    const id = (l: number, i: number) => `c${l}-${i}`;
    const caches = Array.from({ length: layers * width }, (_, k) => block(id(Math.floor(k / width), k % width), 'cache', { cacheHitRatio: 0.8 }));
    const links = [link('u', 'db')];
    for (let i = 0; i < width; i++) links.push(link('u', id(0, i)), link(id(layers - 1, i), 'kv'));
    for (let l = 0; l + 1 < layers; l++) for (let i = 0; i < width; i++) for (let j = 0; j < width; j++) links.push(link(id(l, i), id(l + 1, j)));
    const r = estimate(design([block('u', 'client'), ...caches, block('kv', 'keyValueStore'), block('db', 'sqlDatabase')], links, { operations: reads }));
    expect(at(r, 'avgReadRps', 'db')).toBeCloseTo(100, 9);
    expect(at(r, 'avgReadRps', 'kv')).toBeCloseTo(100 * 0.8 ** layers, 9);
  });

  it('only the callers that write to the store directly skip the cache: what others send through it still arrives', () => {
    // u -> app1, u -> app2; app1 -> cache -> db and app1 -> db; app2 -> cache. 10 writes/s: app1
    // sends its 10 to the db directly, app2 its 10 through the cache. The cache gets 20; half of it
    // came from app1, which already wrote to the db, so cache -> db carries the other 10: the db
    // gets 20 (it got 10, app2's writes lost).
    const writes = [op('write', 10, { writes: true })];
    const one = estimate(design([block('u', 'client'), block('app1', 'appServer'), block('app2', 'appServer'), block('cache', 'cache'), block('db', 'sqlDatabase')], [link('u', 'app1'), link('u', 'app2'), link('app1', 'cache'), link('cache', 'db'), link('app1', 'db'), link('app2', 'cache')], { operations: writes }));
    expect(at(one, 'avgWriteRps', 'cache')).toBeCloseTo(20, 9);
    expect(edgeAt(one, 'avgRps', 'cache-db')).toBeCloseTo(10, 9);
    expect(at(one, 'avgWriteRps', 'db')).toBeCloseTo(20, 9);
    // Two tiers (the reviewer's case): app1 -> near -> far -> db, app1 -> db, app2 -> far. far
    // gets 10 from near (app1's) and 10 from app2; far -> db carries app2's 10: the db gets 20.
    const tiers = estimate(design([block('u', 'client'), block('app1', 'appServer'), block('app2', 'appServer'), block('near', 'cache'), block('far', 'cache'), block('db', 'sqlDatabase')], [link('u', 'app1'), link('u', 'app2'), link('app1', 'near'), link('near', 'far'), link('far', 'db'), link('app1', 'db'), link('app2', 'far')], { operations: writes }));
    expect(at(tiers, 'avgWriteRps', 'db')).toBeCloseTo(20, 9);
    // And the explanation says which part went the direct way.
    const d = design([block('u', 'client'), block('app1', 'appServer'), block('app2', 'appServer'), block('cache', 'cache'), block('db', 'sqlDatabase')], [link('u', 'app1'), link('u', 'app2'), link('app1', 'cache'), link('cache', 'db'), link('app1', 'db'), link('app2', 'cache')], { operations: writes });
    const why = createExplainer(d, estimate(d)).explain({ scope: 'edge', id: 'cache-db', figure: 'avgRpsByOperation', operationId: 'write' })!;
    expect(why.result.value).toBeCloseTo(10, 9);
    expect(why.notes.join(' ')).toMatch(/50% of what reaches cache comes from blocks that also call db directly/);
  });

  it('a DNS block passes on what reaches it from blocks that do not also call the target directly', () => {
    // u -> dns -> lb -> app, u -> lb, and u -> job -> dns (the job does not call the lb). 100 rps:
    // u's 100 go to the lb directly; the job's 100 reach the DNS block and go on to the lb: 200.
    const r = estimate(design([block('u', 'client'), block('job', 'appServer'), block('dns', 'dns'), block('lb', 'loadBalancer'), block('app', 'appServer')], [link('u', 'dns'), link('dns', 'lb'), link('lb', 'app'), link('u', 'lb'), link('u', 'job'), link('job', 'dns')], { operations: [op('read', 100)] }));
    expect(edgeAt(r, 'avgRps', 'dns-lb')).toBeCloseTo(100, 9);
    expect(at(r, 'avgRps', 'app')).toBeCloseTo(200, 9);
    // A direct connection that takes part of the requests (share 0.3) leaves the rest to the DNS
    // block: u -> lb carries 30, dns -> lb the other 70; the lb gets the 100 once.
    const part = estimate(design([block('u', 'client'), block('dns', 'dns'), block('lb', 'loadBalancer'), block('app', 'appServer')], [link('u', 'dns'), link('dns', 'lb'), link('lb', 'app'), link('u', 'lb', { share: 0.3 })], { operations: [op('read', 100)] }));
    expect(edgeAt(part, 'avgRps', 'u-lb')).toBeCloseTo(30, 9);
    expect(edgeAt(part, 'avgRps', 'dns-lb')).toBeCloseTo(70, 9);
    expect(at(part, 'avgRps', 'app')).toBeCloseTo(100, 9);
  });

  it('a cache that replicates to the store is not in front of it: the reads still go the direct way', () => {
    // u -> cache, cache -> db drawn as replication, u -> db (the unshrunk counterexample of the
    // cache property, seed 1511758168). Replication copies writes, so the cache passes the db no
    // reads and is drawn beside it with nothing in front: cache-aside, 100 * (1 - 0.8) = 20 reads
    // on the direct connection (it had 0, and the db no reads at all).
    const r = estimate(design([block('u', 'client'), block('cache', 'cache', { cacheHitRatio: 0.8 }), block('db', 'sqlDatabase')], [link('u', 'cache'), link('cache', 'db', {}, 'replication'), link('u', 'db')], { operations: reads }));
    expect(edgeAt(r, 'avgRps', 'u-db')).toBeCloseTo(20, 9);
    expect(at(r, 'avgReadRps', 'db')).toBeCloseTo(20, 9);
  });

  it('a cache in front of one store leaves the reads of another store beside it alone', () => {
    // chat -> recent (cache) -> messages, and chat -> presence: presence is no cache-aside store.
    const r = estimate(design([block('u', 'client'), block('chat', 'appServer'), block('recent', 'cache', { cacheHitRatio: 0.9 }), block('messages', 'nosqlDatabase'), block('presence', 'keyValueStore')], [link('u', 'chat'), link('chat', 'recent'), link('recent', 'messages'), link('chat', 'presence')], { operations: [op('read', 100)] }));
    expect(at(r, 'avgRps', 'presence')).toBeCloseTo(100, 9);
    expect(at(r, 'avgRps', 'messages')).toBeCloseTo(10, 9);
  });

  it('a CDN in front of a blob store passes only its misses', () => {
    const r = estimate(design([block('u', 'client'), block('cdn', 'cdn', { cacheHitRatio: 0.9 }), block('blob', 'blobStore')], [link('u', 'cdn'), link('cdn', 'blob')], { operations: [op('get', 100, { payloadMix: [{ share: 1, bytes: 1e6, label: '' }] })] }));
    expect(at(r, 'avgRps', 'blob')).toBeCloseTo(10, 9);
  });
});

describe('what each block stores', () => {
  const write = op('post', 10, { writes: true, requestBytes: 1_000, payloadMix: [] });
  const base = () => [block('u', 'client'), block('app', 'appServer'), block('db', 'sqlDatabase')];

  it('logging keeps log records of its own size, never the payload', () => {
    const r = estimate(design([...base(), block('logs', 'logging', { bytesPerRecord: 500 })], [link('u', 'app'), link('app', 'db'), link('app', 'logs', {}, 'async')], { operations: [write] }));
    // 10 requests/s (86,400 users * 10 / 86,400) * 500 B * 86,400 s = 432 MB a day, kept 30 days * 2 copies.
    expect(at(r, 'bytesPerDay', 'logs')).toBeCloseTo(10 * 500 * 86_400, 3);
    expect(at(r, 'bytesStored', 'logs')).toBeCloseTo(10 * 500 * 86_400 * 30 * 2, 0);
    expect(at(r, 'bytesPerYear', 'logs')).toBe(0);
    // The product's data is the db's: 10 * 1,000 B * 86,400 = 864 MB a day; logs are operational.
    expect(r.totals.storageBytesPerDay).toBeCloseTo(864e6, 0);
    expect(r.totals.operationalBytesPerDay).toBeCloseTo(432e6, 0);
  });

  it('monitoring keeps metric samples of the instances it watches', () => {
    const r = estimate(design([...base(), block('mon', 'monitoring')], [link('u', 'app'), link('app', 'db'), link('app', 'mon', {}, 'async')], { operations: [write] }));
    // Watches app (1 instance): 1 * 1,000 series / 15 s * 86,400 s * 2 B = 11.52 MB a day.
    expect(at(r, 'bytesPerDay', 'mon')).toBeCloseTo((1_000 / 15) * 86_400 * 2, 3);
    expect(at(r, 'bytesStored', 'mon')).toBeCloseTo((1_000 / 15) * 86_400 * 2 * 15 * 2, 1);
    expect(r.warnings.some((w) => w.blockId === 'mon' && w.code === 'unreachable')).toBe(false);
  });

  it('monitoring drawn beside the system watches every block we run, not the users or managed services', () => {
    const r = estimate(design([...base(), block('cdn', 'cdn'), block('mon', 'monitoring')], [link('u', 'app'), link('app', 'db'), link('u', 'cdn')], { operations: [write] }));
    // app (1) + db (3 copies, so 3 instances) = 4 instances * 1,000 series / 15 s * 86,400 s * 2 B.
    expect(at(r, 'bytesPerDay', 'mon')).toBeCloseTo(4 * (1_000 / 15) * 86_400 * 2, 3);
  });

  it('a queue before the store keeps its 7-day window, not a second year of data', () => {
    const r = estimate(design([block('u', 'client'), block('app', 'appServer'), block('q', 'messageQueue'), block('worker', 'appServer'), block('db', 'sqlDatabase')], [link('u', 'app'), link('app', 'q', {}, 'async'), link('q', 'worker', {}, 'async'), link('worker', 'db')], { operations: [write] }));
    // 10 writes/s * 1,000 B = 864 MB a day flows through the queue: kept 7 days * 3 copies.
    expect(at(r, 'bytesPerYear', 'q')).toBe(0);
    expect(at(r, 'bytesStored', 'q')).toBeCloseTo(864e6 * 7 * 3, 0);
    expect(at(r, 'bytesPerYear', 'db')).toBeCloseTo(864e6 * 365, 0);
    expect(r.totals.storageBytesPerYear).toBeCloseTo(864e6 * 365, 0);
  });

  it('a connection can say what it carries: a byte count', () => {
    const r = estimate(design(base(), [link('u', 'app'), link('app', 'db', { carries: 'bytes', bytesPerRequest: 300 })], { operations: [write] }));
    expect(at(r, 'bytesPerDay', 'db')).toBeCloseTo(10 * 300 * 86_400, 3);
  });

  it('a connection set to carry metadata leaves the media to the blob store beside it, as auto does', () => {
    const put = op('put', 10, { writes: true, requestBytes: 1_000, payloadMix: [{ share: 1, bytes: 100_000, label: '' }] });
    const nodes = [block('u', 'client'), block('app', 'appServer'), block('db', 'sqlDatabase'), block('blob', 'blobStore')];
    const auto = estimate(design(nodes, [link('u', 'app'), link('app', 'db'), link('app', 'blob')], { operations: [put] }));
    const set = estimate(design(nodes, [link('u', 'app'), link('app', 'db', { carries: 'metadata' }), link('app', 'blob')], { operations: [put] }));
    // 10 writes/s * 100,000 B * 86,400 s to the blob store, 10 * 1,000 B * 86,400 to the db.
    for (const r of [auto, set]) {
      expect(at(r, 'bytesPerDay', 'blob')).toBeCloseTo(10 * 100_000 * 86_400, 0);
      expect(at(r, 'bytesPerDay', 'db')).toBeCloseTo(10 * 1_000 * 86_400, 0);
    }
  });

  it('a store kept less than a year grows by its retention, and a replica adds no new data', () => {
    const write = op('post', 10, { writes: true, requestBytes: 1_000 });
    const r = estimate(design([block('u', 'client'), block('db', 'sqlDatabase', { retentionDays: 30 }), block('replica', 'sqlDatabase', { replicationFactor: 1 })], [link('u', 'db'), link('db', 'replica', {}, 'replication')], { operations: [write] }));
    // 864 MB a day, kept 30 days: 25.92 GB a year, not 315 GB.
    expect(at(r, 'bytesPerYear', 'db')).toBeCloseTo(864e6 * 30, 0);
    // New data a day is the db's 864 MB; the replica's copy is on disk but not new.
    expect(r.totals.storageBytesPerDay).toBeCloseTo(864e6, 0);
    // Kept: the db 30 days * 3 copies; the replica the workload's 365 days * 1 copy.
    expect(r.totals.storageBytesStored).toBeCloseTo(864e6 * 30 * 3 + 864e6 * 365 * 1, -3);
  });

  it('says where media given as request bytes should go', () => {
    const old = op('upload', 1, { writes: true, requestBytes: 200_000_000 });
    const r = estimate(design([block('u', 'client'), block('app', 'appServer'), block('db', 'sqlDatabase'), block('blob', 'blobStore')], [link('u', 'app'), link('app', 'db'), link('app', 'blob')], { operations: [old] }));
    const w = r.warnings.find((x) => x.code === 'mediaAsMetadata')!;
    expect(w.field).toBe('workload.operations.0.payloadMix');
    expect(w.message).toMatch(/200 MB as its request size.*never reaches "blob"/);
  });

  it('names only the blob stores and CDNs the media would reach', () => {
    // Uploads go to the origin blob store, not to the CDN that serves downloads.
    const old = op('upload', 1, { writes: true, requestBytes: 200_000_000 });
    const r = estimate(design([block('u', 'client'), block('app', 'appServer'), block('db', 'sqlDatabase'), block('blob', 'blobStore'), block('cdn', 'cdn')], [link('u', 'app'), link('app', 'db'), link('app', 'blob'), link('u', 'cdn'), link('cdn', 'blob')], { operations: [old] }));
    const w = r.warnings.find((x) => x.code === 'mediaAsMetadata')!;
    expect(w.message).toMatch(/never reaches "blob";/);
  });

  it('media as duration x bitrate: a 4-minute video at 5 Mbit/s is 150 MB', () => {
    const upload = op('upload', 1, { writes: true, requestBytes: 0, payloadMix: [{ share: 1, bytes: 0, seconds: 240, bitsPerSecond: 5e6, label: 'video' }] });
    const r = estimate(design([block('u', 'client'), block('blob', 'blobStore')], [link('u', 'blob')], { operations: [upload] }));
    // 1 upload/s * 150 MB * 86,400 s.
    expect(at(r, 'bytesPerDay', 'blob')).toBeCloseTo(150e6 * 86_400, -3);
  });

  it('operation rates as totals: 500 hours of video a minute, in 10-minute videos, is 50 uploads a second', () => {
    // 500 h * 60 min / 10 min = 3,000 uploads a minute = 50 /s.
    const upload = op('upload', 0, { writes: true, rate: { count: 3_000, per: 'minute' } });
    const r = estimate(design([block('u', 'client'), block('app', 'appServer')], [link('u', 'app')], { operations: [upload] }));
    expect(r.operations[0]!.avgRps).toBeCloseTo(50, 9);
    expect(r.operations[0]!.requestsPerDay).toBeCloseTo(50 * 86_400, 6);
  });
});

describe('what a user types wins', () => {
  it('a per-instance rate typed on an app server is its rate', () => {
    const r = estimate(design([block('u', 'client'), block('app', 'appServer', { qpsPerInstance: 5_000 })], [link('u', 'app')], { operations: [op('read', 10_000)] }));
    // 10,000 rps at 5,000 per instance -> 2, not 32 at the CPU-bound 320.
    expect(at(r, 'rpsPerInstance', 'app')).toBe(5_000);
    expect(at(r, 'instancesNeeded', 'app')).toBe(2);
  });

  it('a typed value the chosen model does not read is flagged, never dropped silently', () => {
    const r = estimate(design([block('u', 'client'), block('app', 'appServer', { capacityModel: 'cpuBound', qpsPerInstance: 5_000 })], [link('u', 'app')]));
    const w = r.warnings.find((x) => x.code === 'ignoredParam');
    expect(w?.field).toBe('nodes.1.params.qpsPerInstance');
    expect(w?.message).toMatch(/capacity model is cpuBound/);
  });

  it('a parameter the kind does not have is reported, not dropped silently', () => {
    const r = estimate(design([block('u', 'client'), block('db', 'sqlDatabase', { cores: 32 })], [link('u', 'db')]));
    expect(r.warnings.find((w) => w.field === 'nodes.1.params.cores')?.message).toMatch(/not a parameter of a SQL database/);
  });

  it('latency uses the CPU time a request needs: service time and capacity agree', () => {
    const r = estimate(design([block('u', 'client'), block('app', 'appServer', { cpuMsPerRequest: 50 })], [link('u', 'app', { latencyMs: 0 })]));
    // 64 cores / 50 ms = 1,280 RPS, and 50 ms of latency, not the default 200.
    expect(at(r, 'rpsPerInstance', 'app')).toBe(1_280);
    expect(r.operations[0]!.latencyMs).toBe(50);
  });

  it('a name typed under "Only these operations" matches its operation; an unknown one is flagged', () => {
    const d = design([block('u', 'client'), block('a', 'appServer'), block('b', 'appServer')], [link('u', 'a', { operations: 'Write a post' }), link('u', 'b', { operations: 'nope' })], { operations: [op('w', 10, { name: 'Write a post', writes: true })] });
    const r = estimate(d);
    expect(at(r, 'avgRps', 'a')).toBeCloseTo(10, 9);
    expect(at(r, 'avgRps', 'b')).toBe(0);
    expect(r.warnings.find((w) => w.code === 'unknownOperation')?.message).toMatch(/"nope".*"Write a post"/);
  });
});

describe('replicas, shortfall and clients', () => {
  it('a read needs one copy, a quorum write two of three', () => {
    const r = estimate(design([block('u', 'client'), block('db', 'sqlDatabase', { availability: 0.99 })], [link('u', 'db')]));
    // Read: 1 - 0.01^3 = 0.999999. Write (quorum 2 of 3): 3 * 0.99^2 * 0.01 + 0.99^3 = 0.999702.
    expect(at(r, 'readAvailability', 'db')).toBeCloseTo(0.999999, 9);
    expect(at(r, 'writeAvailability', 'db')).toBeCloseTo(3 * 0.99 ** 2 * 0.01 + 0.99 ** 3, 12);
    expect(at(r, 'instances', 'db')).toBe(3);
  });

  it('a two-copy store accepts a write on one copy (a majority of two would be both), unless told otherwise', () => {
    const r = estimate(design([block('u', 'client'), block('s', 'search', { availability: 0.99 }), block('db', 'sqlDatabase', { availability: 0.99, replicationFactor: 2 }), block('q', 'sqlDatabase', { availability: 0.99, replicationFactor: 2, writeConsistency: 'quorum' })], [link('u', 's'), link('u', 'db'), link('u', 'q')], { operations: [op('index', 1, { writes: true })] }));
    // 1 - 0.01^2 = 0.9999 for reads and writes alike; a quorum of two is both: 0.99^2 = 0.9801.
    expect(at(r, 'writeAvailability', 's')).toBeCloseTo(0.9999, 12);
    expect(at(r, 'writeAvailability', 'db')).toBeCloseTo(0.9999, 12);
    expect(at(r, 'writeAvailability', 'q')).toBeCloseTo(0.9801, 12);
  });

  it('a block that cannot carry its peak says "needs 40, has 1" and is not reported down', () => {
    // 86,400 users * 12,800 / 86,400 = 12,800 rps at 320 per instance = 40 instances.
    const r = estimate(design([block('u', 'client'), block('app', 'appServer')], [link('u', 'app')], { operations: [op('read', 12_800)] }));
    const w = r.warnings.find((x) => x.code === 'overCapacity')!;
    expect(w.message).toMatch(/needs 40 instances, has 1/);
    // Availability of the 40 it needs, all required: 0.999^40 = 0.96077.
    expect(at(r, 'blockAvailability', 'app')).toBeCloseTo(0.999 ** 40, 9);
    expect(at(r, 'downtimeSecondsPerYear', 'app') / 86_400).toBeLessThan(15);
  });

  it('gives instances needed at average and at peak', () => {
    // 1,000 rps average, 3,000 at a peak factor of 3; 320 per instance -> 4 and 10.
    const r = estimate(design([block('u', 'client'), block('app', 'appServer')], [link('u', 'app')], { operations: [op('read', 1_000)], peak: { type: 'factor', factor: 3 } }));
    expect(at(r, 'instancesNeededAvg', 'app')).toBe(4);
    expect(at(r, 'instancesNeeded', 'app')).toBe(10);
  });

  it('a client has no availability or MTBF of ours', () => {
    const d = design([block('u', 'client'), block('app', 'appServer')], [link('u', 'app')]);
    const why = createExplainer(d, estimate(d)).explain({ scope: 'block', id: 'u', figure: 'blockMtbfHours' })!;
    expect(why.formula).toMatch(/not a server we run/);
  });

  it('an object store blends its read and write rates: 5,500 reads and 3,500 writes per prefix', () => {
    // Peak 5,500 reads and 3,500 writes fill exactly two prefixes (1 + 1).
    const r = estimate(design([block('u', 'client'), block('blob', 'blobStore')], [link('u', 'blob')], { operations: [op('get', 5_500), op('put', 3_500, { writes: true })] }));
    expect(at(r, 'rpsPerInstance', 'blob')).toBeCloseTo(9_000 / 2, 9);
    expect(at(r, 'instancesNeeded', 'blob')).toBe(2);
  });
});
