import { describe, expect, it } from 'vitest';
import { EstimateResultSchema, estimate, estimateChecked, resultFromJson, resultToJson } from '../../../shared/estimate';
import { block, design, link, op } from './build';

const fieldsOf = (input: unknown): string[] => {
  const r = estimateChecked(input);
  return r.ok ? [] : r.issues.map((i) => i.field);
};

describe('checked estimates of input from outside', () => {
  it('estimates a valid design, from an object or from JSON text', () => {
    const d = design([block('users', 'client'), block('app', 'appServer')], [link('users', 'app')]);
    const fromObject = estimateChecked(d);
    const fromText = estimateChecked(JSON.stringify(d));
    expect(fromObject.ok && fromText.ok).toBe(true);
    if (fromObject.ok && fromText.ok) expect(fromText.result).toEqual(fromObject.result);
  });

  it('names the workload field and the problem when the workload is invalid', () => {
    const d = design([block('users', 'client')], [], { dailyActiveUsers: -5 });
    const r = estimateChecked(d);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]).toEqual({ field: 'workload.dailyActiveUsers', message: 'daily active users cannot be negative' });
      expect(r.message).toContain('workload.dailyActiveUsers: daily active users cannot be negative');
    }
    const badOp = design([block('users', 'client')], [], { operations: [op('read', -1)] });
    expect(fieldsOf(badOp)).toEqual(['workload.operations.0.requestsPerUserPerDay']);
    const badPeak = design([block('users', 'client')], [], { peak: { type: 'factor', factor: 0.5 } });
    expect(fieldsOf(badPeak)).toEqual(['workload.peak.factor']);
  });

  it('names the block parameter and its bounds when a parameter is out of range', () => {
    const d = design([block('users', 'client'), block('app', 'appServer', { cores: 0 })], [link('users', 'app')]);
    const r = estimateChecked(d);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.field).toBe('nodes.1.params.cores');
      expect(r.issues[0]?.message).toMatch(/CPU cores must be at least 1/);
    }
    expect(fieldsOf(design([block('users', 'client'), block('c', 'cache', { cacheHitRatio: 2 })], []))).toEqual(['nodes.1.params.cacheHitRatio']);
    expect(fieldsOf(design([block('a', 'client'), block('b', 'appServer')], [link('a', 'b', { share: -1 })]))).toEqual(['edges.0.params.share']);
  });

  it('names an operation entry that is not a block, and a repeated operation id', () => {
    expect(fieldsOf(design([block('users', 'client')], [], { operations: [op('read', 1, { entryNodeId: 'ghost' })] }))).toEqual(['workload.operations.0.entryNodeId']);
    expect(fieldsOf(design([block('users', 'client')], [], { operations: [op('read', 1), op('read', 2)] }))).toEqual(['workload.operations.1.id']);
  });

  it('names the document problem for broken JSON, a non-object and a newer schema', () => {
    expect(estimateChecked('{"nodes": [').ok).toBe(false);
    expect(fieldsOf('{"nodes": [')).toEqual(['(document)']);
    expect(fieldsOf([1, 2])).toEqual(['(document)']);
    expect(fieldsOf({ ...design([], []), schemaVersion: 99 })).toEqual(['schemaVersion']);
    expect(fieldsOf({ ...design([], []), nodes: [{ id: 'a b', kind: 'x', label: '', position: { x: 0, y: 0 } }] })).toEqual(['nodes.0.id']);
  });

  it('lets the unchecked engine fall back to the default for a bad parameter, and say so', () => {
    const d = design([block('users', 'client'), block('app', 'appServer', { cores: -3 })], [link('users', 'app')]);
    const r = estimate(d);
    const w = r.warnings.find((x) => x.code === 'invalidParam');
    expect(w?.field).toBe('nodes.1.params.cores');
    expect(w?.message).toMatch(/at least 1 cores; the default 64 was used/);
    expect(r.blocks.rpsPerInstance[1]).toBeCloseTo(320, 9);
  });
});

describe('the estimate as JSON', () => {
  it('round-trips through JSON text to the same result, typed columns included', () => {
    const d = design([block('users', 'client'), block('lb', 'loadBalancer'), block('app', 'appServer'), block('db', 'sqlDatabase')], [link('users', 'lb'), link('lb', 'app'), link('app', 'db')], { operations: [op('read', 3), op('write', 1, { writes: true })] });
    const result = estimate(d);
    const text = JSON.stringify(resultToJson(result));
    const back = resultFromJson(JSON.parse(text));
    expect(back.ok).toBe(true);
    if (back.ok) {
      expect(back.result).toEqual(result);
      expect(back.result.blocks.avgRps).toBeInstanceOf(Float64Array);
    }
    expect(EstimateResultSchema.safeParse(result).success).toBe(true);
  });

  it('refuses JSON that is not an estimate, naming the field', () => {
    const json = resultToJson(estimate(design([block('users', 'client')], [])));
    const broken = { ...json, blocks: { ...json.blocks, avgRps: ['x'] } };
    const r = resultFromJson(broken);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('blocks.avgRps');
  });
});
