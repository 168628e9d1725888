import { ViewportPortal } from '@xyflow/react';
import { useGuides } from './guideStore';

/** Alignment guides drawn in flow coordinates, so they pan and zoom with the canvas. */
export function GuideLines() {
  const { vertical, horizontal } = useGuides();
  if (!vertical && !horizontal) return null;
  return (
    <ViewportPortal>
      {vertical && <div className="guide guide-v" style={{ transform: `translate(${vertical.x}px, ${vertical.y1}px)`, height: vertical.y2 - vertical.y1 }} />}
      {horizontal && <div className="guide guide-h" style={{ transform: `translate(${horizontal.x1}px, ${horizontal.y}px)`, width: horizontal.x2 - horizontal.x1 }} />}
    </ViewportPortal>
  );
}
