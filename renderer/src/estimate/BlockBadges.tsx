import { memo, type MouseEvent } from 'react';
import type { BlockFigureKey } from '../../../shared/estimate';
import { useEstimate } from './estimateStore';
import { useExplain } from './explainStore';
import { loadLevel } from './badges';
import { storageBadge } from '../../../shared/format';
import { formatAvailability, formatCompactCount } from './format';

/**
 * The engine's figures on a block: load, instances (drawn / needed), storage per year and
 * availability, coloured by utilisation. A click on a figure opens its explanation.
 * Spans with one delegated listener, not buttons: a thousand blocks would paint four thousand
 * native controls on every frame of a drag (the inspector offers the same figures as buttons).
 */
function BlockBadgesView({ id }: { id: string }) {
  const badge = useEstimate((s) => s.badges.get(id));
  if (!badge || badge.isClient) return null;
  const onClick = (e: MouseEvent) => {
    const figure = (e.target as HTMLElement).closest<HTMLElement>('[data-explain]')?.dataset.explain;
    if (!figure) return;
    e.stopPropagation();
    useExplain.getState().open({ scope: 'block', id, figure: figure as BlockFigureKey });
  };
  return (
    <div className={`block-badges load-${loadLevel(badge)}`} data-testid="block-badges" onClick={onClick}>
      <span className="badge" title="Peak requests per second: click for why" data-explain="peakRps" data-figure="peakRps">
        {formatCompactCount(badge.peakRps)} rps
      </span>
      {!badge.managed &&
        (badge.instancesNeeded > badge.instances ? (
          <span className="badge shortfall" title="Cannot carry its peak or hold its data with the instances drawn: click for why" data-explain="instancesNeeded" data-figure="instances">
            needs {formatCompactCount(badge.instancesNeeded)}, has {formatCompactCount(badge.instances)}
          </span>
        ) : (
          <span className="badge" title="Instances drawn / needed at peak: click for why" data-explain="instancesNeeded" data-figure="instances">
            {formatCompactCount(badge.instances)}/{formatCompactCount(badge.instancesNeeded)} inst
          </span>
        ))}
      {badge.bytesPerYear > 0 && (
        <span
          className="badge"
          title={badge.retentionDays < 365 ? `New data over its ${badge.retentionDays}-day retention, which it then holds (one copy): click for why` : 'Storage growth per year (one copy): click for why'}
          data-explain="bytesPerYear"
          data-figure="bytesPerYear"
        >
          {storageBadge(badge.bytesPerYear, badge.retentionDays, badge.units)}
        </span>
      )}
      <span className="badge" title="Availability: click for why" data-explain="blockAvailability" data-figure="availability">
        {formatAvailability(badge.availability)}
      </span>
    </div>
  );
}

export const BlockBadges = memo(BlockBadgesView);
