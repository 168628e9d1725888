import { describe, expect, it } from 'vitest';
import { estimate } from '../../../shared/estimate';
import { at, block, design, link } from './build';

describe('availability, reliability and scores', () => {
  it('derives a block\'s availability from its instances, k of n', () => {
    const one = estimate(design([block('users', 'client'), block('app', 'appServer', { availability: 0.99, instances: 1 })], [link('users', 'app')]));
    const two = estimate(design([block('users', 'client'), block('app', 'appServer', { availability: 0.99, instances: 2 })], [link('users', 'app')]));
    expect(at(one, 'blockAvailability', 'app')).toBeCloseTo(0.99, 12);
    expect(at(two, 'blockAvailability', 'app')).toBeCloseTo(0.9999, 12);
    expect(at(two, 'downtimeSecondsPerYear', 'app')).toBeCloseTo(0.0001 * 365 * 86_400, 6);
    expect(at(two, 'downtimeSecondsPerMonth', 'app')).toBeCloseTo(0.0001 * 30 * 86_400, 6);
    expect(at(two, 'downtimeSecondsPerDay', 'app')).toBeCloseTo(8.64, 6);
  });

  it('works out a tiny downtime on the failure side, where 1 - A is 0 in floating point', () => {
    // 4 app instances at 99.9%, one needed: down only when all 4 are, 0.001^4 = 1e-12 of the time:
    // 1e-12 x 31,536,000 s = 0.000031536 s a year. MTBF = A x MTTR / U with MTTR 1 h / 4 (the
    // first of 4 repairs): 0.25 / 1e-12 = 2.5 x 10^11 h (it was capped at 10^12 h, as if never).
    const four = estimate(design([block('users', 'client'), block('app', 'appServer', { availability: 0.999, instances: 4, mttrHours: 1 })], [link('users', 'app')]));
    expect(at(four, 'downtimeSecondsPerYear', 'app') / 3.1536e-5).toBeCloseTo(1, 9);
    expect(at(four, 'blockMtbfHours', 'app') / 2.5e11).toBeCloseTo(1, 9);
    // 10 instances: 1e-30, far past what 1 - A can hold (A rounds to exactly 1): 3.1536e-23 s a
    // year, where the downtime was 0 before.
    const ten = estimate(design([block('users', 'client'), block('app', 'appServer', { availability: 0.999, instances: 10 })], [link('users', 'app')]));
    expect(at(ten, 'blockAvailability', 'app')).toBe(1);
    expect(at(ten, 'downtimeSecondsPerYear', 'app') / 3.1536e-23).toBeCloseTo(1, 9);
    // 3 of 5 needed at 99%: down when 3 or more are, C(5,3) 0.01^3 0.99^2 + C(5,4) 0.01^4 0.99 + 0.01^5.
    const u = 10 * 1e-6 * 0.99 ** 2 + 5 * 1e-8 * 0.99 + 1e-10;
    const five = estimate(design([block('users', 'client'), block('app', 'appServer', { availability: 0.99, instances: 5, capacityModel: 'perInstanceQps', qpsPerInstance: 1 })], [link('users', 'app')], { dailyActiveUsers: 86_400 * 3, operations: [{ id: 'r', name: 'r', requestsPerUserPerDay: 1, requestBytes: 1, responseBytes: 1, payloadMix: [], writes: false }] }));
    expect(at(five, 'instancesRequired', 'app')).toBe(3);
    expect(at(five, 'downtimeSecondsPerYear', 'app') / (u * 31_536_000)).toBeCloseTo(1, 9);
  });

  it('uses MTBF and MTTR when no availability is set, and reports MTBF/MTTR and a failure-free month', () => {
    const r = estimate(design([block('users', 'client'), block('app', 'appServer', { mtbfHours: 999, mttrHours: 1 })], [link('users', 'app')]));
    expect(at(r, 'instanceAvailability', 'app')).toBeCloseTo(0.999, 12);
    expect(at(r, 'blockMttrHours', 'app')).toBeCloseTo(1, 12);
    expect(at(r, 'blockMtbfHours', 'app')).toBeCloseTo(999, 6);
    expect(at(r, 'failureFreeProbability', 'app')).toBeCloseTo(Math.exp(-720 / 999), 9);
  });

  it('multiplies availabilities along the path and treats a load balancer\'s targets as alternatives', () => {
    const series = estimate(design(
      [block('users', 'client'), block('app', 'appServer', { availability: 0.99 }), block('db', 'sqlDatabase', { availability: 0.99, replicationFactor: 1 })],
      [link('users', 'app'), link('app', 'db')],
    ));
    expect(series.operations[0]!.availability).toBeCloseTo(0.99 * 0.99, 12);
    const redundant = estimate(design(
      [block('users', 'client'), block('lb', 'loadBalancer', { availability: 1 }), block('a', 'appServer', { availability: 0.9 }), block('b', 'appServer', { availability: 0.9 }), block('db', 'sqlDatabase', { availability: 0.99, replicationFactor: 1 })],
      [link('users', 'lb'), link('lb', 'a'), link('lb', 'b'), link('a', 'db'), link('b', 'db')],
    ));
    // The shared database is on every path: counted once, not once per alternative.
    expect(redundant.operations[0]!.availability).toBeCloseTo((1 - 0.1 * 0.1) * 0.99, 12);
    expect(redundant.operations[0]!.criticalBlockIds.sort()).toEqual(['db', 'lb']);
  });

  it('warns about a single point of failure on a path, not about a redundant pair', () => {
    const r = estimate(design(
      [block('users', 'client'), block('lb', 'loadBalancer', { instances: 2 }), block('a', 'appServer'), block('b', 'appServer'), block('db', 'sqlDatabase', { instances: 1, replicationFactor: 1 })],
      [link('users', 'lb'), link('lb', 'a'), link('lb', 'b'), link('a', 'db'), link('b', 'db')],
    ));
    const spofs = r.warnings.filter((w) => w.code === 'spof').map((w) => w.blockId);
    expect(spofs).toEqual(['db']);
  });

  it('scores a replicated, stateless, lightly loaded block above a lone overloaded one, with reasons', () => {
    const good = estimate(design([block('users', 'client'), block('app', 'appServer', { instances: 4 })], [link('users', 'app')]));
    const bad = estimate(design([block('users', 'client'), block('app', 'appServer', { instances: 1, qpsPerInstance: 0.5, capacityModel: 'perInstanceQps' })], [link('users', 'app')]));
    expect(at(good, 'faultTolerance', 'app')).toBeGreaterThan(at(bad, 'faultTolerance', 'app'));
    expect(at(good, 'scalability', 'app')).toBeGreaterThan(at(bad, 'scalability', 'app'));
    expect(good.scores.faultTolerance.value).toBeGreaterThan(bad.scores.faultTolerance.value);
    expect(bad.scores.faultTolerance.reasons.map((x) => x.reason).join(' ')).toMatch(/single points of failure/);
    for (const s of [good.scores.scalability, good.scores.maintainability, good.scores.faultTolerance]) {
      expect(s.value).toBeGreaterThanOrEqual(0);
      expect(s.value).toBeLessThanOrEqual(100);
      expect(s.reasons.length).toBeGreaterThan(0);
    }
  });

  it('estimates an unknown kind as a generic service, with a warning', () => {
    const r = estimate(design([block('users', 'client'), block('x', 'quantumComputer')], [link('users', 'x')]));
    expect(at(r, 'avgRps', 'x')).toBeCloseTo(1, 12);
    expect(r.warnings.some((w) => w.code === 'unknownKind' && w.blockId === 'x')).toBe(true);
  });
});
