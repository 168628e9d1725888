import { useStore } from '@xyflow/react';
import { useScheduledSelector } from '../store/useScheduledSelector';
import { useGuides } from './guideStore';
import { sameGuides, type Guides } from './alignment';

const whole = (g: Guides) => g;

/**
 * Alignment guides, drawn in screen space from the viewport transform. Not a ViewportPortal:
 * its selector queries the DOM on every store update, which is every frame of a drag. The guides
 * are read as scheduled state so they render in the same pass as the dragged block they belong
 * to (not a frame ahead of it, and without pulling the canvas into a synchronous render).
 */
export function GuideLines() {
  const { vertical, horizontal } = useScheduledSelector(useGuides, whole, sameGuides);
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
