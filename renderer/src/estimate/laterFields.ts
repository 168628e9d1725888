import type { EstimateResult } from '../../../shared/estimate';

/**
 * Result fields the engine is being given for issue 17 (average instances, read and write
 * availability, capacity shortfall, managed services, product vs operational storage). The panels
 * read them when a result has them and fall back to today's figures when not, so the renderer
 * neither waits for the engine nor breaks when they land. Once shared/estimate/schema.ts has them,
 * these readers can become plain property reads.
 */
export const LATER_BLOCK_FLAG = { capacityShortfall: 16, managed: 32 } as const;

type LaterBlockColumn = 'instancesNeededAvg' | 'readAvailability' | 'writeAvailability';
type LaterTotal = 'productBytesPerDay' | 'productBytesPerYear' | 'productBytesStored' | 'operationalBytesStored' | 'instancesNeededAvg';

/** Row i of a block column the engine may not have yet; undefined when it has not. */
export function laterBlockFigure(result: EstimateResult, column: LaterBlockColumn, i: number): number | undefined {
  const col = (result.blocks as unknown as Partial<Record<LaterBlockColumn, unknown>>)[column];
  const v = col instanceof Float64Array ? col[i] : undefined;
  return v !== undefined && Number.isFinite(v) ? v : undefined;
}

/** A design total the engine may not have yet; undefined when it has not. */
export function laterTotal(result: EstimateResult, name: LaterTotal): number | undefined {
  const v = (result.totals as unknown as Partial<Record<LaterTotal, unknown>>)[name];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export function hasLaterFlag(result: EstimateResult, i: number, flag: keyof typeof LATER_BLOCK_FLAG): boolean {
  return ((result.blocks.flags[i] ?? 0) & LATER_BLOCK_FLAG[flag]) !== 0;
}
