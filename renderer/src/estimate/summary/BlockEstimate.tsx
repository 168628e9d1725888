import { memo, useMemo } from 'react';
import { BLOCK_FLAG, type BlockFigureKey } from '../../../../shared/estimate';
import { useEstimate } from '../estimateStore';
import { formatBits, formatBytes, formatCount, formatDuration, formatMs, formatPercent } from '../format';
import { availabilityFigure, instancesFigure } from '../blockPanel';
import { Figure } from './Figure';

/**
 * The selected block's figures, each with its "why?". A client is the users, not a server we run:
 * it shows the load it sends and its bandwidth, and none of our capacity, availability or scores.
 */
export const BlockEstimate = memo(function BlockEstimate({ id }: { id: string }) {
  const r = useEstimate((s) => s.result);
  const i = useMemo(() => (r ? r.blocks.id.indexOf(id) : -1), [r, id]);
  if (!r || i < 0) return null;
  const b = r.blocks;
  const u = r.units;
  const f = (key: BlockFigureKey) => ({ scope: 'block' as const, id, figure: key });
  const load = <Figure label="Average / peak" value={`${formatCount(b.avgRps[i]!)} / ${formatCount(b.peakRps[i]!)} rps`} explain={f('peakRps')} testId="block-peak-rps" />;
  const bandwidth = <Figure label="Bandwidth in / out" value={`${formatBits(b.inBitsPerSecond[i]!)} / ${formatBits(b.outBitsPerSecond[i]!)}`} explain={f('inBitsPerSecond')} testId="block-bandwidth" />;
  if ((b.flags[i]! & BLOCK_FLAG.isClient) !== 0)
    return (
      <section className="block-estimate" aria-label="Block estimate">
        <h3>Estimate</h3>
        {load}
        {bandwidth}
        <p className="muted small" data-testid="client-note">
          A client stands for the users: it has no servers, capacity or availability of ours to estimate.
        </p>
      </section>
    );
  const shortfall = (b.flags[i]! & BLOCK_FLAG.capacityShortfall) !== 0;
  const instances = instancesFigure(r, i, shortfall);
  const availability = availabilityFigure(r, i, shortfall);
  return (
    <section className="block-estimate" aria-label="Block estimate">
      <h3>Estimate</h3>
      {load}
      <Figure label="Per instance" value={`${formatCount(b.rpsPerInstance[i]!)} rps`} explain={f('rpsPerInstance')} />
      <Figure label={instances.label} value={instances.value} explain={f('instancesNeeded')} testId="block-instances-needed" bad={shortfall} />
      <Figure label="Utilisation at peak" value={formatPercent(b.utilization[i]!)} explain={f('utilization')} testId="block-utilization" />
      {b.bytesPerDay[i]! > 0 && <Figure label="Storage per day" value={formatBytes(b.bytesPerDay[i]!, u)} explain={f('bytesPerDay')} />}
      {b.bytesStored[i]! > 0 && <Figure label={b.flags[i]! & BLOCK_FLAG.operational ? 'Kept (its window)' : 'Storage kept'} value={formatBytes(b.bytesStored[i]!, u)} explain={f('bytesStored')} />}
      {b.flags[i]! & BLOCK_FLAG.storesData ? (
        <Figure label="Storage nodes needed" value={`${formatCount(b.storageNodesNeeded[i]!)} (has ${formatCount(b.instances[i]!)})`} explain={f('storageNodesNeeded')} testId="block-storage-nodes" bad={b.storageNodesNeeded[i]! > b.instances[i]!} />
      ) : null}
      {bandwidth}
      <Figure label="Service time" value={formatMs(b.serviceTimeMs[i]!)} explain={f('serviceTimeMs')} />
      <Figure label={availability.label} value={availability.value} explain={f('blockAvailability')} testId="block-availability" />
      <Figure label="Downtime per year" value={formatDuration(b.downtimeSecondsPerYear[i]!)} explain={f('downtimeSecondsPerYear')} />
      <Figure label="MTBF / MTTR" value={`${formatCount(b.blockMtbfHours[i]!)} h / ${formatCount(b.blockMttrHours[i]!)} h`} explain={f('blockMtbfHours')} />
      <Figure label="Scores (scal. / maint. / fault tol.)" value={`${Math.round(b.scalability[i]!)} / ${Math.round(b.maintainability[i]!)} / ${Math.round(b.faultTolerance[i]!)}`} explain={f('faultTolerance')} />
    </section>
  );
});
