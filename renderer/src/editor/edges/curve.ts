import { getBezierPath } from '@xyflow/react';
import { facingSides, type Box } from './floatingGeometry';

/**
 * A connection's curve between the facing sides of its blocks: React Flow's bezier path (an SVG
 * "M x,y C x1,y1 x2,y2 x,y") and the point on it where its label goes.
 */
export function curveBetween(source: Box, target: Box): [path: string, labelX: number, labelY: number] {
  const { from, to } = facingSides(source, target);
  const [path, labelX, labelY] = getBezierPath({
    sourceX: from.x,
    sourceY: from.y,
    sourcePosition: from.position,
    targetX: to.x,
    targetY: to.y,
    targetPosition: to.position,
  });
  return [path, labelX, labelY];
}
