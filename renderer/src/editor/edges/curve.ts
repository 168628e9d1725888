import { getBezierPath, Position } from '@xyflow/react';
import { facingSides, type Box } from './floatingGeometry';

/**
 * A connection's curve between the facing sides of its blocks: React Flow's bezier path (an SVG
 * "M x,y C x1,y1 x2,y2 x,y") and the point on it where its label goes.
 */
export function curveBetween(source: Box, target: Box): [path: string, labelX: number, labelY: number] {
  return curveOf(facingSides(source, target));
}

type Sides = ReturnType<typeof facingSides>;

function curveOf({ from, to }: Sides): [path: string, labelX: number, labelY: number] {
  const [path, labelX, labelY] = getBezierPath({ sourceX: from.x, sourceY: from.y, sourcePosition: from.position, targetX: to.x, targetY: to.y, targetPosition: to.position });
  return [path, labelX, labelY];
}

/** A far-out arrowhead, in flow units: a few pixels on screen just under the far-out zoom. */
const ARROW_LENGTH = 12;
const ARROW_HALF_WIDTH = 6;

/** Which way a curve arrives at a block through each side (it leaves its control point square to the side). */
const INTO: Record<Position, [dx: number, dy: number]> = {
  [Position.Left]: [1, 0],
  [Position.Right]: [-1, 0],
  [Position.Top]: [0, 1],
  [Position.Bottom]: [0, -1],
};

/**
 * Far out a connection is drawn as two subpaths in shared paths (FarEdges): its curve, and a
 * closed arrowhead "M tip L a L b Z" whose tip touches the target block.
 */
export function farCurve(source: Box, target: Box): [curve: string, arrow: string] {
  const sides = facingSides(source, target);
  const { x, y, position } = sides.to;
  const [dx, dy] = INTO[position];
  const bx = x - dx * ARROW_LENGTH;
  const by = y - dy * ARROW_LENGTH;
  const arrow = `M${x},${y}L${bx - dy * ARROW_HALF_WIDTH},${by + dx * ARROW_HALF_WIDTH}L${bx + dy * ARROW_HALF_WIDTH},${by - dx * ARROW_HALF_WIDTH}Z`;
  return [curveOf(sides)[0], arrow];
}
