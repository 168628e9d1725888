import { memo, useMemo } from 'react';
import type { Design } from '../../../shared/model';
import { designOverview } from './overview';

/** A small drawing of a design (group frames, blocks, connections): library thumbnails and version previews. */
export const DesignSketch = memo(function DesignSketch({ design, label }: { design: Pick<Design, 'nodes' | 'edges' | 'groups'>; label: string }) {
  const o = useMemo(() => designOverview(design), [design]);
  const { x, y, width, height } = o.viewBox;
  // Strokes are scaled with the drawing so a 5,000 px wide design still shows its lines.
  const stroke = Math.max(width / 300, height / 180, 1.5);
  return (
    <svg className="design-sketch" viewBox={`${x} ${y} ${width} ${height}`} preserveAspectRatio="xMidYMid meet" role="img" aria-label={label}>
      {o.groups.map((g, i) => (
        <rect key={`g${i}`} className="sketch-group" x={g.x} y={g.y} width={g.width} height={g.height} rx={stroke * 4} strokeWidth={stroke} />
      ))}
      {o.lines.map((l, i) => (
        <line key={`l${i}`} className={`sketch-edge sketch-${l.kind}`} x1={l.x1} y1={l.y1} x2={l.x2} y2={l.y2} strokeWidth={stroke} />
      ))}
      {o.blocks.map((b, i) => (
        <rect key={`b${i}`} className={b.note ? 'sketch-note' : 'sketch-block'} x={b.x} y={b.y} width={b.width} height={b.height} rx={stroke * 3} strokeWidth={stroke} />
      ))}
    </svg>
  );
});
