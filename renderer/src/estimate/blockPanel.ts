import type { EstimateResult } from '../../../shared/estimate';
import { formatAvailability, formatCount } from './format';
import { hasLaterFlag, laterBlockFigure } from './laterFields';

/** The block panel's figures that read differently by the block's state: label and value text. */

/**
 * Instances needed beside those drawn: "9 (drawn 3)"; at average and peak once the engine gives
 * both; "needs 40, has 1" when the block cannot carry its peak; no count for a managed service,
 * which scales by itself.
 */
export function instancesFigure(r: EstimateResult, i: number, shortfall: boolean): { label: string; value: string } {
  const b = r.blocks;
  const peak = formatCount(b.instancesNeeded[i]!);
  const drawn = formatCount(b.instances[i]!);
  if (hasLaterFlag(r, i, 'managed')) return { label: 'Instances', value: 'managed, scales by itself' };
  const avg = laterBlockFigure(r, 'instancesNeededAvg', i);
  if (shortfall) return { label: avg === undefined ? 'Instances needed' : 'Instances needed, avg / peak', value: `needs ${avg === undefined ? '' : `${formatCount(avg)} / `}${peak}, has ${drawn}` };
  if (avg === undefined) return { label: 'Instances needed', value: `${peak} (drawn ${drawn})` };
  return { label: 'Instances needed, avg / peak', value: `${formatCount(avg)} / ${peak} (drawn ${drawn})` };
}

/** Availability, for reads and writes apart once the engine gives both; marked when counted at the instances needed. */
export function availabilityFigure(r: EstimateResult, i: number, shortfall: boolean): { label: string; value: string } {
  const read = laterBlockFigure(r, 'readAvailability', i);
  const write = laterBlockFigure(r, 'writeAvailability', i);
  const at = shortfall ? ' (at the instances needed)' : '';
  if (read !== undefined && write !== undefined) return { label: `Availability, reads / writes${at}`, value: `${formatAvailability(read)} / ${formatAvailability(write)}` };
  return { label: `Availability${at}`, value: formatAvailability(r.blocks.blockAvailability[i]!) };
}
