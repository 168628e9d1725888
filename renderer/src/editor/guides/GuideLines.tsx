import { useStore } from '@xyflow/react';
import { useGuides } from './guideStore';

/**
 * Alignment guides, drawn in screen space from the viewport transform. Not a ViewportPortal:
 * its selector queries the DOM on every store update, which is every frame of a drag.
 */
export function GuideLines() {
  const { vertical, horizontal } = useGuides();
  const transform = useStore((s) => (vertical || horizontal ? s.transform : null));
  if (!transform || (!vertical && !horizontal)) return null;
  const [tx, ty, zoom] = transform;
  return (
    <svg className="guides" aria-hidden>
      {vertical && <line x1={vertical.x * zoom + tx} x2={vertical.x * zoom + tx} y1={vertical.y1 * zoom + ty} y2={vertical.y2 * zoom + ty} />}
      {horizontal && <line x1={horizontal.x1 * zoom + tx} x2={horizontal.x2 * zoom + tx} y1={horizontal.y * zoom + ty} y2={horizontal.y * zoom + ty} />}
    </svg>
  );
}
