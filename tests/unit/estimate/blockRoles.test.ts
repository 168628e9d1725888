import { describe, expect, it } from 'vitest';
import { createExplainer, estimate } from '../../../shared/estimate';
import { at, block, design, link, op } from './build';

/**
 * Blocks that take requests unlike an ordinary service, worked by hand: an ID generator is asked
 * only on writes, a sticky note is no block at all, a log store beside a load balancer's services
 * is no alternative to them. (The request model's general rules are in requestModel.test.ts.)
 */

describe('an ID generator (sequencer)', () => {
  // u -> lb -> app -> db, app -> ids. 86,400 users; 100 reads and 10 writes per user per day:
  // 100 read rps and 10 write rps at the app.
  const blocks = [block('u', 'client'), block('lb', 'loadBalancer'), block('app', 'appServer'), block('db', 'sqlDatabase'), block('ids', 'sequencer')];
  const ops = [op('follow', 100), op('shorten', 10, { writes: true })];

  it('is asked for an ID only when something is written, so it gets the 10 writes/s, not 110 rps', () => {
    const r = estimate(design(blocks, [link('u', 'lb'), link('lb', 'app'), link('app', 'db'), link('app', 'ids')], { operations: ops }));
    expect(at(r, 'avgRps', 'ids')).toBeCloseTo(10, 9);
    expect(at(r, 'avgRps', 'db')).toBeCloseTo(110, 9);
  });

  it('sends a load balancer in front of the ID generators only the writes too', () => {
    // app -> lb2 -> ids1, ids2: 10 writes/s reach lb2 (it got all 110 rps and was a single point
    // of failure for reads), 5 each reach the two generators.
    const withLb = [...blocks, block('lb2', 'loadBalancer', { instances: 2 }), block('ids2', 'sequencer')];
    const r = estimate(design(withLb, [link('u', 'lb'), link('lb', 'app'), link('app', 'db'), link('app', 'lb2'), link('lb2', 'ids'), link('lb2', 'ids2')], { operations: ops }));
    expect(at(r, 'avgRps', 'lb2')).toBeCloseTo(10, 9);
    expect(at(r, 'avgRps', 'ids')).toBeCloseTo(5, 9);
    // Off the reads' path: not critical for following a link, only for shortening one.
    expect(r.operations.find((o) => o.id === 'follow')!.criticalBlockIds).not.toContain('lb2');
    expect(r.operations.find((o) => o.id === 'shorten')!.criticalBlockIds).toContain('lb2');
  });

  it('takes a connection that names its operations, or says reads, at its word', () => {
    const named = estimate(design(blocks, [link('u', 'lb'), link('lb', 'app'), link('app', 'db'), link('app', 'ids', { operations: 'follow, shorten' })], { operations: ops }));
    expect(at(named, 'avgRps', 'ids')).toBeCloseTo(110, 9);
    const reads = estimate(design(blocks, [link('u', 'lb'), link('lb', 'app'), link('app', 'db'), link('app', 'ids', { appliesTo: 'reads' })], { operations: ops }));
    expect(at(reads, 'avgRps', 'ids')).toBeCloseTo(100, 9);
  });
});

describe('a sticky note', () => {
  it('is not a block: no warning, no instance, nothing for monitoring to watch, and warnings still name fields in the given design', () => {
    // u -> app (4 instances) and a monitoring block with nothing connected: it watches every other
    // block we run, the app's 4 instances: 4 x 1,000 / 15 x 86,400 x 2 B = 46.08 MB a day. A note
    // beside them (and a connection someone drew to it) changes none of that.
    const note = { ...block('n', 'note'), label: 'Remember: peak is 3x' };
    const blocks = [block('u', 'client'), note, block('app', 'appServer', { instances: 4, nope: 1 }), block('mon', 'monitoring')];
    const r = estimate(design(blocks, [link('u', 'app'), link('app', 'n')], { operations: [op('read', 100)] }));
    const plain = estimate(design(blocks.filter((b) => b !== note), [link('u', 'app')], { operations: [op('read', 100)] }));
    expect(r.blocks.id).toEqual(['u', 'app', 'mon']);
    expect(at(r, 'bytesPerDay', 'mon')).toBeCloseTo(4 * 1_000 / 15 * 86_400 * 2, 3);
    expect(at(r, 'bytesPerDay', 'mon')).toBe(at(plain, 'bytesPerDay', 'mon'));
    expect(r.totals).toEqual(plain.totals);
    expect(r.warnings.some((w) => w.blockId === 'n' || w.message.includes('Remember'))).toBe(false);
    // The app's unknown parameter is nodes.2 in the given design (the note is nodes.1).
    expect(r.warnings.find((w) => w.field?.endsWith('.params.nope'))?.field).toBe('nodes.2.params.nope');
  });

  it('leaves explanations naming the fields of the design as given', () => {
    // [u, note, app (service time set), db]; connections [u -> note, u -> app (3 ms), app -> db].
    const d = design(
      [block('u', 'client'), block('n', 'note'), block('app', 'appServer', { serviceTimeMs: 7 }), block('db', 'sqlDatabase')],
      [link('u', 'n'), link('u', 'app', { latencyMs: 3 }), link('app', 'db')],
      { operations: [op('read', 100)] },
    );
    const explainer = createExplainer(d, estimate(d));
    const hop = explainer.explain({ scope: 'edge', id: 'u-app', figure: 'hopLatencyMs' })!;
    expect(hop.inputs[0]!.source).toBe('your design (edges.1.params.latencyMs)');
    expect(hop.result.value).toBe(3);
    const latency = explainer.explain({ scope: 'operation', id: 'read', figure: 'latencyMs' })!;
    expect(latency.inputs.map((i) => i.source)).toContain('your design (nodes.2.params.serviceTimeMs)');
  });
});

describe('a load balancer beside a log store', () => {
  it('splits the requests among its services only: the log store gets a record for every one', () => {
    // u -> lb -> a, lb -> b, lb -> logs; 110 rps: a and b get 55 each (they got 36.67, a third,
    // with the log store counted as a third target), the log store 110 records/s.
    const r = estimate(design([block('u', 'client'), block('lb', 'loadBalancer'), block('a', 'appServer'), block('b', 'appServer'), block('logs', 'logging')], [link('u', 'lb'), link('lb', 'a'), link('lb', 'b'), link('lb', 'logs')], { operations: [op('read', 110)] }));
    expect(at(r, 'avgRps', 'a')).toBeCloseTo(55, 9);
    expect(at(r, 'avgRps', 'b')).toBeCloseTo(55, 9);
    expect(at(r, 'avgRps', 'logs')).toBeCloseTo(110, 9);
  });
});
