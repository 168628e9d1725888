import { BLOCK_FLAG, type EstimateResult } from '../../../shared/estimate';
import type { Units } from './format';

/** What a block shows under its name; compared field by field so unchanged blocks keep their object. */
export interface Badge {
  avgRps: number;
  peakRps: number;
  instances: number;
  /** Instances needed at peak: for load, and for a store also to hold its data. */
  instancesNeeded: number;
  utilization: number;
  bytesPerYear: number;
  /** Days the block keeps data: under a year, its badge says what it holds rather than a year's growth. */
  retentionDays: number;
  availability: number;
  isClient: boolean;
  /** A managed service (flag the engine is being given): it scales by itself, so no instance count. */
  managed: boolean;
  reachable: boolean;
  units: Units;
}

function sameBadge(a: Badge, b: Badge): boolean {
  return (
    a.avgRps === b.avgRps && a.peakRps === b.peakRps && a.instances === b.instances && a.instancesNeeded === b.instancesNeeded &&
    a.utilization === b.utilization && a.bytesPerYear === b.bytesPerYear && a.retentionDays === b.retentionDays && a.availability === b.availability &&
    a.isClient === b.isClient && a.managed === b.managed && a.reachable === b.reachable && a.units === b.units
  );
}

/**
 * One badge per block from the columnar result. A block whose figures did not change keeps its
 * previous badge object, so React Flow re-renders only the blocks whose numbers moved.
 */
export function buildBadges(result: EstimateResult, previous: ReadonlyMap<string, Badge>): Map<string, Badge> {
  const b = result.blocks;
  const out = new Map<string, Badge>();
  for (let i = 0; i < b.id.length; i++) {
    const flags = b.flags[i]!;
    const badge: Badge = {
      avgRps: b.avgRps[i]!,
      peakRps: b.peakRps[i]!,
      instances: b.instances[i]!,
      instancesNeeded: Math.max(b.instancesNeeded[i]!, b.storageNodesNeeded[i]!),
      utilization: b.utilization[i]!,
      bytesPerYear: b.bytesPerYear[i]!,
      retentionDays: b.retentionDays[i]!,
      availability: b.blockAvailability[i]!,
      isClient: (flags & BLOCK_FLAG.isClient) !== 0,
      managed: (flags & BLOCK_FLAG.managed) !== 0,
      reachable: (flags & BLOCK_FLAG.reachable) !== 0,
      units: result.units,
    };
    const id = b.id[i]!;
    const old = previous.get(id);
    out.set(id, old && sameBadge(old, badge) ? old : badge);
  }
  return out;
}

export type Load = 'idle' | 'ok' | 'busy' | 'over';

/** Colour band by utilisation of what the user drew: under 70% fine, under 100% busy, over is over. */
export function loadLevel(badge: Badge): Load {
  if (!badge.reachable || badge.avgRps === 0) return 'idle';
  if (badge.utilization > 1) return 'over';
  if (badge.utilization > 0.7) return 'busy';
  return 'ok';
}
