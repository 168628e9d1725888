import { useRef } from 'react';
import { DesignSketch } from './DesignSketch';
import { useThumbnail } from './useThumbnail';

/** A card's picture of its design, drawn once the card is on screen. */
export function Thumbnail({ id, updatedAt, name }: { id: string; updatedAt: string; name: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const document = useThumbnail(ref, id, updatedAt);
  return (
    <div ref={ref} className="thumbnail">
      {document && document.nodes.length + document.groups.length > 0 ? (
        <DesignSketch design={document} label={`Overview of ${name}`} />
      ) : (
        <span className="muted small">{document ? 'Empty canvas' : ''}</span>
      )}
    </div>
  );
}
