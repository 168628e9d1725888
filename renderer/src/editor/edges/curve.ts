import { getBezierPath, Position } from '@xyflow/react';
import { facingSides, type Box } from './floatingGeometry';

/**
 * A connection's curve between the facing sides of its blocks: React Flow's bezier path (an SVG
 * "M x,y C x1,y1 x2,y2 x,y") and the point on it where its label goes.
 */
export function curveBetween(source: Box, target: Box): [path: string, labelX: number, labelY: number] {
  const { from, to } = facingSides(source, target);
  const [path, labelX, labelY] = getBezierPath({ sourceX: from.x, sourceY: from.y, sourcePosition: from.position, targetX: to.x, targetY: to.y, targetPosition: to.position });
  return [path, labelX, labelY];
}

/** A far-out arrowhead, in flow units: a few pixels on screen just under the far-out zoom. */
const ARROW_LENGTH = 12;
const ARROW_HALF_WIDTH = 6;
/** React Flow's default bezier curvature, so a far-out curve bends as the same one drawn near. */
const CURVATURE = 0.25;

/** Which way a curve leaves or enters a block through each side: square to the side, outwards. */
const OUT: Record<Position, [dx: number, dy: number]> = {
  [Position.Left]: [-1, 0],
  [Position.Right]: [1, 0],
  [Position.Top]: [0, -1],
  [Position.Bottom]: [0, 1],
};

type Side = ReturnType<typeof facingSides>['from'];

/** React Flow's bezier control point for an end on `side` heading to `other` (getBezierPath's). */
function control(side: Side, other: Side): [number, number] {
  const [dx, dy] = OUT[side.position];
  const ahead = (other.x - side.x) * dx + (other.y - side.y) * dy;
  const offset = ahead >= 0 ? 0.5 * ahead : CURVATURE * 25 * Math.sqrt(-ahead);
  return [side.x + dx * offset, side.y + dy * offset];
}

/**
 * Far out a connection is drawn as two subpaths in shared paths (FarEdges): its curve (React
 * Flow's bezier), and a closed arrowhead "M tip L a L b Z" whose tip touches the target block.
 * Whole flow units, a hundredth of a pixel that far out: turning fractions into text was most of
 * the cost of drawing thousands of them.
 */
export function farCurve(source: Box, target: Box): [curve: string, arrow: string] {
  const { from, to } = facingSides(source, target);
  const r = Math.round;
  const [c1x, c1y] = control(from, to);
  const [c2x, c2y] = control(to, from);
  const [x, y] = [r(to.x), r(to.y)];
  const curve = `M${r(from.x)},${r(from.y)}C${r(c1x)},${r(c1y)} ${r(c2x)},${r(c2y)} ${x},${y}`;
  const [ox, oy] = OUT[to.position];
  const bx = x + ox * ARROW_LENGTH;
  const by = y + oy * ARROW_LENGTH;
  const arrow = `M${x},${y}L${bx - oy * ARROW_HALF_WIDTH},${by + ox * ARROW_HALF_WIDTH}L${bx + oy * ARROW_HALF_WIDTH},${by - ox * ARROW_HALF_WIDTH}Z`;
  return [curve, arrow];
}
