import { describe, expect, it } from 'vitest';
import { estimate, type EstimateResult } from '../../../shared/estimate';
import { availabilityFigure, instancesFigure } from '../../../renderer/src/estimate/blockPanel';
import { LATER_BLOCK_FLAG, laterTotal } from '../../../renderer/src/estimate/laterFields';
import { block, design, link } from '../estimate/build';

/** users -> app (3 instances drawn) -> db. */
const result = estimate(design([block('users', 'client'), block('app', 'appServer', { instances: 3 }), block('db', 'sqlDatabase')], [link('users', 'app'), link('app', 'db')]));
const app = result.blocks.id.indexOf('app');

/** The result with block columns the engine is being given for issue 17, set for the app. */
function withColumns(values: Record<string, number>): EstimateResult {
  const blocks: Record<string, unknown> = { ...result.blocks };
  for (const [name, value] of Object.entries(values)) {
    const col = new Float64Array(result.blocks.id.length);
    col[app] = value;
    blocks[name] = col;
  }
  return { ...result, blocks: blocks as EstimateResult['blocks'] };
}
function withFlag(bit: number): EstimateResult {
  const flags = result.blocks.flags.slice();
  flags[app] = flags[app]! | bit;
  return { ...result, blocks: { ...result.blocks, flags } };
}

describe("a block's instances and availability in its panel", () => {
  it('reads as today while the engine has no more to say', () => {
    const needed = result.blocks.instancesNeeded[app]!;
    expect(instancesFigure(result, app, false)).toEqual({ label: 'Instances needed', value: `${needed} (drawn 3)` });
    expect(availabilityFigure(result, app, false).label).toBe('Availability');
  });

  it('shows average beside peak, and reads and writes apart, once the result has them', () => {
    const needed = result.blocks.instancesNeeded[app]!;
    expect(instancesFigure(withColumns({ instancesNeededAvg: 2 }), app, false)).toEqual({ label: 'Instances needed, avg / peak', value: `2 / ${needed} (drawn 3)` });
    // A read needs one of its copies, a write all of them: reads are the more available.
    expect(availabilityFigure(withColumns({ readAvailability: 0.99999, writeAvailability: 0.999 }), app, false)).toEqual({ label: 'Availability, reads / writes', value: '99.999% / 99.9%' });
  });

  it('says a shortfall as "needs N, has M" and marks availability counted at the instances needed', () => {
    const short = withFlag(LATER_BLOCK_FLAG.capacityShortfall);
    const needed = result.blocks.instancesNeeded[app]!;
    expect(instancesFigure(short, app, true)).toEqual({ label: 'Instances needed', value: `needs ${needed}, has 3` });
    expect(availabilityFigure(short, app, true).label).toBe('Availability (at the instances needed)');
  });

  it('gives no instance count for a managed service', () => {
    expect(instancesFigure(withFlag(LATER_BLOCK_FLAG.managed), app, false)).toEqual({ label: 'Instances', value: 'managed, scales by itself' });
  });

  it('reads design totals only when present and finite', () => {
    expect(laterTotal(result, 'productBytesPerDay')).toBeUndefined();
    expect(laterTotal({ ...result, totals: { ...result.totals, productBytesPerDay: 1e14 } as EstimateResult['totals'] }, 'productBytesPerDay')).toBe(1e14);
    expect(laterTotal({ ...result, totals: { ...result.totals, productBytesPerDay: NaN } as EstimateResult['totals'] }, 'productBytesPerDay')).toBeUndefined();
  });
});
