import { memo } from 'react';
import type { BlockFigureKey } from '../../../shared/estimate';
import { useEstimate } from './estimateStore';
import { useExplain } from './explainStore';
import { loadLevel } from './badges';
import { formatAvailability, formatBytes, formatCount } from './format';

/**
 * The engine's figures on a block: load, instances (drawn / needed), storage per year and
 * availability, coloured by utilisation. Each figure opens its explanation on click.
 */
function BlockBadgesView({ id }: { id: string }) {
  const badge = useEstimate((s) => s.badges.get(id));
  const open = useExplain((s) => s.open);
  if (!badge || badge.isClient) return null;
  const why = (figure: BlockFigureKey) => (e: React.MouseEvent) => {
    e.stopPropagation();
    open({ scope: 'block', id, figure });
  };
  const level = loadLevel(badge);
  return (
    <div className={`block-badges load-${level}`} data-testid="block-badges">
      <button type="button" className="badge nodrag" title="Peak requests per second: why?" onClick={why('peakRps')} data-figure="peakRps">
        {formatCount(badge.peakRps)} rps
      </button>
      <button
        type="button"
        className="badge nodrag"
        title="Instances drawn / needed at peak: why?"
        onClick={why('instancesNeeded')}
        data-figure="instances"
      >
        {badge.instances}/{badge.instancesNeeded} inst
      </button>
      {badge.bytesPerYear > 0 && (
        <button type="button" className="badge nodrag" title="Storage growth per year: why?" onClick={why('bytesPerYear')} data-figure="bytesPerYear">
          {formatBytes(badge.bytesPerYear, badge.units)}/y
        </button>
      )}
      <button type="button" className="badge nodrag" title="Availability: why?" onClick={why('blockAvailability')} data-figure="availability">
        {formatAvailability(badge.availability)}
      </button>
    </div>
  );
}

export const BlockBadges = memo(BlockBadgesView);
