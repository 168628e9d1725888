import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate, type EstimateResult } from '../../../shared/estimate';
import { DesignSchema, type Design } from '../../../shared/model/design';
import { arbitraryDesign, assertOnSeeds, downstream, FIXED_SEED } from './arbitraries';
import { at, block, design, link, op } from './build';

// A fixed seed, so CI does not pass or fail by the seed's luck; the seeds that once found a
// counterexample run too (assertOnSeeds), each worked through in a fixed example.
fc.configureGlobal({ seed: FIXED_SEED });

/** Every number anywhere in the result, with its path, so a NaN can say where it came from. */
function numbers(value: unknown, path: string, out: [string, number][]): [string, number][] {
  if (typeof value === 'number') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => numbers(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) numbers(v, `${path}.${k}`, out);
  return out;
}

const clone = (d: Design): Design => structuredClone(d);
const loads = (r: EstimateResult): number[] => [...r.blocks.avgRps, ...r.edges.avgRps];
const tolerance = (x: number): number => 1e-9 * Math.max(1, Math.abs(x));

describe('properties of the engine over generated designs', () => {
  it('generates valid documents', () => {
    fc.assert(fc.property(arbitraryDesign({ cycles: true }), (d) => {
      expect(DesignSchema.safeParse(d).success).toBe(true);
    }), { numRuns: 50 });
  });

  it('never lets NaN or Infinity reach a result, cycles included', () => {
    fc.assert(fc.property(arbitraryDesign({ cycles: true }), (d) => {
      const bad = numbers(estimate(d), 'result', []).filter(([, v]) => !Number.isFinite(v));
      expect(bad).toEqual([]);
    }), { numRuns: 300 });
  });

  it('gives the same result for the same design', () => {
    fc.assert(fc.property(arbitraryDesign({ cycles: true }), (d) => {
      expect(estimate(clone(d))).toEqual(estimate(d));
    }), { numRuns: 100 });
  });

  it('never lowers a block\'s availability when a replica is added', () => {
    fc.assert(fc.property(arbitraryDesign(), fc.nat(), (d, pick) => {
      const i = pick % d.nodes.length;
      const before = estimate(d);
      const more = clone(d);
      const node = more.nodes[i]!;
      node.params = { ...node.params, instances: (typeof node.params.instances === 'number' ? node.params.instances : 1) + 1 };
      const after = estimate(more);
      expect(after.blocks.blockAvailability[i]!).toBeGreaterThanOrEqual(before.blocks.blockAvailability[i]! - 1e-12);
      for (let o = 0; o < after.operations.length; o++) {
        expect(after.operations[o]!.availability).toBeGreaterThanOrEqual(before.operations[o]!.availability - 1e-12);
      }
    }), { numRuns: 200 });
  });

  it('never lowers any load when there are more users', () => {
    fc.assert(fc.property(arbitraryDesign({ cycles: true }), fc.integer({ min: 1, max: 1_000_000 }), (d, extra) => {
      const before = loads(estimate(d));
      const more = clone(d);
      more.workload.dailyActiveUsers += extra;
      const after = loads(estimate(more));
      after.forEach((v, i) => expect(v).toBeGreaterThanOrEqual(before[i]! - tolerance(before[i]!)));
    }), { numRuns: 200 });
  });

  it('never raises the load downstream of a removed connection', () => {
    // Seed 532105325 found a DNS block skipping its onward connection for a caller no operation
    // reaches (requestModel.test.ts, "a caller the operation never reaches").
    assertOnSeeds(fc.property(arbitraryDesign().filter((d) => d.edges.length > 0), fc.nat(), (d, pick) => {
      const removed = d.edges[pick % d.edges.length]!;
      const before = estimate(d);
      const fewer = clone(d);
      fewer.edges = fewer.edges.filter((e) => e.id !== removed.id);
      const after = estimate(fewer);
      // A block hands what only the removed connection took to its other connections: a load
      // balancer its share of the requests, any block the metadata or media no other connection
      // took (docs/estimation.md, "What each hop carries", rules 1 and 2; seed -1960475106, below).
      // Behind a connection of the source that carries more afterwards, loads may rise.
      let affected = downstream(d, removed.target);
      const rps = (r: EstimateResult, id: string): number => r.edges.avgRps[r.edges.id.indexOf(id)]!;
      const viaOthers = new Set<string>();
      for (const e of d.edges) {
        if (e.source !== removed.source || e.id === removed.id || rps(after, e.id) <= rps(before, e.id) + tolerance(rps(before, e.id))) continue;
        for (const id of downstream(d, e.target)) viaOthers.add(id);
      }
      affected = new Set([...affected].filter((id) => !viaOthers.has(id)));
      // A DNS block or cache drawn between the source and the removed connection's target gives way
      // to the direct connection while it exists; once it is gone, requests take that path instead.
      const kindOf = (id: string): string | undefined => d.nodes.find((n) => n.id === id)?.kind;
      const detour = d.edges.some((e) => e.source === removed.source && e.id !== removed.id && ['dns', 'cache'].includes(kindOf(e.target) ?? '') && d.edges.some((f) => f.source === e.target && f.target === removed.target));
      if (detour) affected = new Set();
      d.nodes.forEach((n, i) => {
        if (!affected.has(n.id)) return;
        expect(after.blocks.avgRps[i]!).toBeLessThanOrEqual(before.blocks.avgRps[i]! + tolerance(before.blocks.avgRps[i]!));
      });
    }), { numRuns: 300 }, [532105325, -1960475106]);
  });

  it('a write whose metadata taker is removed sends its metadata to the blob store beside it', () => {
    // client -> blob store, client -> app -> database and app -> blob store; writes of 10/s with
    // metadata only (no payload mix). The app takes the metadata (rule 2: it leads to the
    // database), so the blob store gets nothing: 0. Without client -> app, no connection of the
    // client leads to a block that works with metadata (a blob store takes media), so every one
    // gets it (rule 2): the blob store takes the 10 writes/s (seed -1960475106: a queue in front
    // of a sharded counter in place of the app).
    const writes = { operations: [op('put', 10, { writes: true })] };
    const blocks = [block('u', 'client'), block('app', 'appServer'), block('db', 'sqlDatabase'), block('blob', 'blobStore')];
    const drawn = [link('u', 'blob'), link('u', 'app'), link('app', 'db'), link('app', 'blob')];
    expect(at(estimate(design(blocks, drawn, writes)), 'avgRps', 'blob')).toBe(0);
    expect(at(estimate(design(blocks, drawn.filter((e) => e.id !== 'u-app'), writes)), 'avgRps', 'blob')).toBeCloseTo(10, 9);
  });
});
