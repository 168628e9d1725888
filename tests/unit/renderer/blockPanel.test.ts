import { describe, expect, it } from 'vitest';
import { BLOCK_FLAG, estimate, type EstimateResult } from '../../../shared/estimate';
import { availabilityFigure, instancesFigure } from '../../../renderer/src/estimate/blockPanel';
import { block, design, link, op } from '../estimate/build';

/** users -> app (3 instances drawn) -> db, at 1,000 rps average and 3,000 at peak. */
const result = estimate(design([block('users', 'client'), block('app', 'appServer', { instances: 3 }), block('db', 'sqlDatabase', { availability: 0.99 })], [link('users', 'app'), link('app', 'db')], { operations: [op('read', 1_000)], peak: { type: 'factor', factor: 3 } }));
const app = result.blocks.id.indexOf('app');
const db = result.blocks.id.indexOf('db');

function withFlag(bit: number): EstimateResult {
  const flags = result.blocks.flags.slice();
  flags[app] = flags[app]! | bit;
  return { ...result, blocks: { ...result.blocks, flags } };
}

describe("a block's instances and availability in its panel", () => {
  it('shows instances needed at average and at peak beside those drawn', () => {
    // 1,000 / 320 -> 4 at average; 3,000 / 320 -> 10 at peak.
    expect(instancesFigure(result, app, false)).toEqual({ label: 'Instances needed, avg / peak', value: '4 / 10 (drawn 3)' });
    expect(availabilityFigure(result, app, false).label).toBe('Availability');
  });

  it("shows a store's reads and writes apart", () => {
    // Read: 1 - 0.01^3 = 99.9999%; quorum write: 3 * 0.99^2 * 0.01 + 0.99^3 = 99.97%.
    expect(availabilityFigure(result, db, false)).toEqual({ label: 'Availability, reads / writes', value: '99.9999% / 99.97%' });
  });

  it('says a shortfall as "needs N, has M" and marks availability counted at the instances needed', () => {
    const short = withFlag(BLOCK_FLAG.capacityShortfall);
    expect(instancesFigure(short, app, true)).toEqual({ label: 'Instances needed, avg / peak', value: 'needs 4 / 10, has 3' });
    expect(availabilityFigure(short, app, true).label).toBe('Availability (at the instances needed)');
  });

  it('gives no instance count for a managed service', () => {
    expect(instancesFigure(withFlag(BLOCK_FLAG.managed), app, false)).toEqual({ label: 'Instances', value: 'managed, scales by itself' });
  });
});
