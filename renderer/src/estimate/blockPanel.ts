import { BLOCK_FLAG, type EstimateResult } from '../../../shared/estimate';
import { formatAvailability, formatCount } from './format';

/** The block panel's figures that read differently by the block's state: label and value text. */

/**
 * Instances needed at average and peak beside those drawn: "4 / 9 (drawn 3)"; "needs 40, has 1" when the block cannot carry its peak; no count for a managed service,
 * which scales by itself.
 */
export function instancesFigure(r: EstimateResult, i: number, shortfall: boolean): { label: string; value: string } {
  const b = r.blocks;
  const peak = formatCount(b.instancesNeeded[i]!);
  const drawn = formatCount(b.instances[i]!);
  if (b.flags[i]! & BLOCK_FLAG.managed) return { label: 'Instances', value: 'managed, scales by itself' };
  const avg = formatCount(b.instancesNeededAvg[i]!);
  if (shortfall) return { label: 'Instances needed, avg / peak', value: `needs ${avg} / ${peak}, has ${drawn}` };
  return { label: 'Instances needed, avg / peak', value: `${avg} / ${peak} (drawn ${drawn})` };
}

/** Availability, for a store's reads and writes apart; marked when counted at the instances needed. */
export function availabilityFigure(r: EstimateResult, i: number, shortfall: boolean): { label: string; value: string } {
  const read = r.blocks.readAvailability[i]!;
  const write = r.blocks.writeAvailability[i]!;
  const at = shortfall ? ' (at the instances needed)' : '';
  // Reads and writes differ only for a store (one copy for a read, a quorum or all for a write).
  if (r.blocks.flags[i]! & BLOCK_FLAG.storesData) return { label: `Availability, reads / writes${at}`, value: `${formatAvailability(read)} / ${formatAvailability(write)}` };
  return { label: `Availability${at}`, value: formatAvailability(r.blocks.blockAvailability[i]!) };
}
