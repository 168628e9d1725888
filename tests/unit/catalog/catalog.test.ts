import { describe, expect, it } from 'vitest';
import { blockCategories, blockKinds, blockKindsByCategory, getBlockKind, resolveBlockKind, searchBlockKinds } from '../../../shared/catalog';

const seedBlocks = [
  'dns', 'loadBalancer', 'sqlDatabase', 'nosqlDatabase', 'keyValueStore', 'cdn', 'sequencer', 'monitoring', 'cache',
  'messageQueue', 'pubSub', 'rateLimiter', 'blobStore', 'search', 'logging', 'taskScheduler', 'shardedCounter',
];
const serverBlocks = ['client', 'webServer', 'appServer', 'storageServer'];

describe('the building-block catalog', () => {
  it('offers every block of the seed list plus clients and the three server types', () => {
    const ids = blockKinds.map((k) => k.id);
    for (const id of [...seedBlocks, ...serverBlocks]) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('describes each kind fully: camelCase id, known category, kebab-case icon, a description and synonyms', () => {
    for (const kind of blockKinds) {
      expect(kind.id).toMatch(/^[a-z][A-Za-z]*$/);
      expect(blockCategories).toContain(kind.category);
      expect(kind.icon).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(kind.description.length).toBeGreaterThan(40);
      expect(kind.synonyms.length).toBeGreaterThan(2);
    }
  });

  it('gives every parameter a label, unit, description, source and a default inside its own bounds', () => {
    for (const kind of blockKinds) {
      const keys = new Set<string>();
      for (const p of kind.params) {
        expect(keys.has(p.key), `${kind.id}.${p.key} is declared twice`).toBe(false);
        keys.add(p.key);
        expect(p.label && p.description && p.source, `${kind.id}.${p.key}`).toBeTruthy();
        if (p.type === 'number') {
          expect(p.default, `${kind.id}.${p.key}`).toBeGreaterThanOrEqual(p.min);
          expect(p.default, `${kind.id}.${p.key}`).toBeLessThanOrEqual(p.max);
        }
        if (p.type === 'choice') expect(p.options).toContain(p.default);
      }
    }
  });

  it('lets every block we run declare instances, capacity, service time and reliability; stores also replication', () => {
    for (const kind of blockKinds.filter((k) => !k.behaviour.isClient)) {
      const keys = kind.params.map((p) => p.key);
      for (const key of ['instances', 'capacityModel', 'qpsPerInstance', 'serviceTimeMs', 'mtbfHours', 'mttrHours', 'availability']) {
        expect(keys, `${kind.id} lacks ${key}`).toContain(key);
      }
      if (kind.behaviour.storesData) expect(keys).toEqual(expect.arrayContaining(['replicationFactor', 'storagePerNodeTB', 'retentionDays']));
    }
    expect(getBlockKind('cache')?.params.map((p) => p.key)).toContain('cacheHitRatio');
  });

  it('takes its per-instance rates from the course table', () => {
    const qps = (id: string) => getBlockKind(id)?.params.find((p) => p.key === 'qpsPerInstance')?.default;
    expect(qps('sqlDatabase')).toBe(1_000);
    expect(qps('keyValueStore')).toBe(10_000);
    expect(qps('cache')).toBe(100_000);
  });

  it('groups kinds by category in palette order', () => {
    const groups = blockKindsByCategory();
    expect(groups.map((g) => g.category)).toEqual([...blockCategories]);
    expect(groups.flatMap((g) => g.kinds)).toHaveLength(blockKinds.length);
  });

  it('does not let a consumer change the catalog for everyone else', () => {
    const kind = getBlockKind('cache');
    expect(() => {
      (kind as { name: string }).name = 'x';
    }).toThrow();
  });

  it('answers an unknown kind with a generic stand-in instead of crashing', () => {
    expect(getBlockKind('quantumComputer')).toBeUndefined();
    const { kind, known } = resolveBlockKind('quantumComputer');
    expect(known).toBe(false);
    expect(kind.params.length).toBeGreaterThan(0);
    expect(resolveBlockKind('database').kind.id).toBe('sqlDatabase');
  });
});

describe('palette search', () => {
  const first = (q: string) => searchBlockKinds(q)[0]?.id;
  const ids = (q: string) => searchBlockKinds(q).map((k) => k.id);

  it('finds blocks by the products people know', () => {
    expect(first('redis')).toBe('cache');
    expect(ids('memcached')).toEqual(['cache']);
    expect(first('kafka')).toBe('messageQueue');
    expect(ids('rabbitmq')).toEqual(['messageQueue']);
    expect(ids('sqs')).toEqual(['messageQueue']);
    expect(first('postgres')).toBe('sqlDatabase');
    expect(first('mysql')).toBe('sqlDatabase');
    expect(first('s3')).toBe('blobStore');
    expect(first('elasticsearch')).toBe('search');
    expect(ids('nginx')).toContain('webServer');
  });

  it('matches names and camelCase ids by word prefix, and returns everything for an empty query', () => {
    expect(first('load bal')).toBe('loadBalancer');
    expect(first('balancer')).toBe('loadBalancer');
    expect(searchBlockKinds('  ')).toHaveLength(blockKinds.length);
    expect(searchBlockKinds('zzzz-no-such-thing')).toEqual([]);
  });
});
