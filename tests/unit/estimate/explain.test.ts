import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createExplainer, estimate, estimateChecked, type EstimateResult, type FigureRef } from '../../../shared/estimate';
import type { Design } from '../../../shared/model/design';
import { block, design, link, op } from './build';

const sample = (): Design => {
  const r = estimateChecked(readFileSync(new URL('../../../docs/examples/url-shortener.envelope.json', import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.message);
  return r.design;
};

/** The value a reference points at in the result, read independently of the explainer. */
function valueOf(result: EstimateResult, ref: FigureRef): number {
  const ops = result.operations.map((o) => o.id);
  switch (ref.scope) {
    case 'design':
      return ref.figure.startsWith('scores.') ? result.scores[ref.figure.slice(7) as 'scalability'].value : result.totals[ref.figure as keyof EstimateResult['totals']];
    case 'operation':
      return result.operations.find((o) => o.id === ref.id)![ref.figure];
    case 'block': {
      const i = result.blocks.id.indexOf(ref.id);
      if (ref.figure === 'avgRpsByOperation') return result.blocks.avgRpsByOperation[ops.indexOf(ref.operationId!) * result.blocks.id.length + i]!;
      return result.blocks[ref.figure][i]!;
    }
    case 'edge': {
      const e = result.edges.id.indexOf(ref.id);
      if (ref.figure === 'avgRpsByOperation') return result.edges.avgRpsByOperation[ops.indexOf(ref.operationId!) * result.edges.id.length + e]!;
      return result.edges[ref.figure][e]!;
    }
  }
}

function expectEveryFigureExplained(d: Design): number {
  const result = estimate(d);
  const explainer = createExplainer(d, result);
  const refs = explainer.figures();
  for (const ref of refs) {
    const x = explainer.explain(ref);
    const where = JSON.stringify(ref);
    expect(x, where).not.toBeNull();
    expect(x!.formula.length, where).toBeGreaterThan(5);
    for (const input of x!.inputs) {
      expect(input.name, where).toBeTruthy();
      expect(input.source, where).toBeTruthy();
      expect(typeof input.unit, where).toBe('string');
    }
    // The explanation recomputes the figure from its inputs; it must land on the engine's number.
    const expected = valueOf(result, ref);
    expect(Math.abs(x!.result.value - expected), `${where}: explained ${x!.result.value}, estimated ${expected}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
  }
  return refs.length;
}

describe('explanations', () => {
  it('explain every figure of the sample design, and each lands on the engine\'s number', () => {
    expect(expectEveryFigureExplained(sample())).toBeGreaterThan(300);
  });

  it('explain every figure of a design with a load balancer, a cycle, async and replication connections', () => {
    const d = design(
      [block('users', 'client'), block('lb', 'loadBalancer'), block('a', 'appServer', { capacityModel: 'memoryBound' }), block('b', 'webServer'), block('q', 'messageQueue'), block('db', 'nosqlDatabase'), block('r', 'nosqlDatabase'), block('x', 'mystery')],
      [link('users', 'lb'), link('lb', 'a', { share: 0.7 }), link('lb', 'b'), link('a', 'q', {}, 'async'), link('b', 'db'), link('a', 'db', { fanOut: 3 }), link('db', 'r', {}, 'replication'), link('db', 'a'), link('a', 'x')],
      { operations: [op('read', 3, { payloadMix: [{ share: 0.1, bytes: 200_000, label: 'image' }] }), op('write', 1, { writes: true })], peak: { type: 'window', trafficShare: 0.8, timeShare: 0.2 } },
    );
    expectEveryFigureExplained(d);
  });

  it('shows the seed\'s formula and inputs for a CPU-bound server', () => {
    const d = design([block('users', 'client'), block('app', 'appServer', { cores: 64, cpuMsPerRequest: 200 })], [link('users', 'app')]);
    const x = createExplainer(d, estimate(d)).explain({ scope: 'block', id: 'app', figure: 'rpsPerInstance' })!;
    expect(x.formula).toMatch(/cores \/ CPU time per request/);
    expect(x.inputs.map((i) => [i.name, i.value, i.unit])).toEqual([['CPU cores', 64, 'cores'], ['CPU time per request', 200, 'ms']]);
    expect(x.inputs[0]!.source).toBe('your design (nodes.1.params.cores)');
    expect(x.result).toEqual({ value: 320, unit: 'rps' });
  });

  it('lists the reasons behind a score', () => {
    const d = design([block('users', 'client'), block('db', 'sqlDatabase', { instances: 1, replicationFactor: 1, checkpointing: false })], [link('users', 'db')]);
    const x = createExplainer(d, estimate(d)).explain({ scope: 'block', id: 'db', figure: 'faultTolerance' })!;
    const reasons = x.inputs.map((i) => i.name);
    expect(reasons).toContain('no spare instance: one failure stops it');
    expect(reasons).toContain('a single copy of the data');
    expect(reasons).toContain('no checkpoints or backups');
  });

  it('answers null for a figure of something that is not in the design', () => {
    const d = design([block('users', 'client')], []);
    expect(createExplainer(d, estimate(d)).explain({ scope: 'block', id: 'ghost', figure: 'avgRps' })).toBeNull();
  });
});
