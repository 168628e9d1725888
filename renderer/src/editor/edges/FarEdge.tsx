import { memo } from 'react';
import { curveBetween } from './curve';
import type { Box } from './floatingGeometry';

/**
 * A connection zoomed far out: one path, its arrow from the stylesheet, no hit area, label or
 * focus. A whole design is then on screen at once, and at 5,000 blocks (10,000 connections) the
 * three elements and twenty-odd attributes of a full drawing were a second of every open and a
 * third of every pan frame. Clicks find it by geometry (useFarEdgePicking); the keyboard reaches
 * connections zoomed in, where each is a full drawing again.
 */
export const FarEdge = memo(function FarEdge({ id, kind, selected, from, to }: { id: string; kind: string; selected: boolean; from: Box; to: Box }) {
  return <path className={`react-flow__edge-path far-edge edge-${kind}${selected ? ' selected' : ''}`} data-id={id} d={curveBetween(from, to)[0]} />;
});
