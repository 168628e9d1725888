import { BaseEdge } from '@xyflow/react';
import type { ReactNode } from 'react';
import { curveBetween } from './curve';
import type { Box } from './floatingGeometry';

export interface EdgeDrawingProps {
  id: string;
  from: Box;
  to: Box;
  kind: string;
  label?: ReactNode;
  selected?: boolean;
  markerEnd?: string;
}

/**
 * A connection's curve between the facing sides of its blocks, with its label on the curve: one
 * drawing for the connections React Flow draws (selected ones) and the edge layer's (the rest),
 * zoomed in (far out the layer draws them as shared bare paths, FarEdges).
 */
export function EdgeDrawing({ id, from: source, to: target, kind, label, selected, markerEnd }: EdgeDrawingProps) {
  const [path, labelX, labelY] = curveBetween(source, target);
  // The label is SVG text in the edge itself: EdgeLabelRenderer's portal queries the DOM on every
  // store update, which is every frame of a drag, once per labelled edge.
  return (
    <BaseEdge
      id={id}
      path={path}
      markerEnd={markerEnd}
      interactionWidth={16}
      label={label}
      labelX={labelX}
      labelY={labelY}
      labelShowBg
      labelBgPadding={labelPadding}
      labelBgBorderRadius={4}
      labelStyle={labelStyle}
      labelBgStyle={selected ? selectedLabelBg : labelBg}
      className={`edge-label-${kind}`}
    />
  );
}

const labelPadding: [number, number] = [6, 2];
const labelStyle = { fontSize: 11, fill: 'var(--text)' };
const labelBg = { fill: 'var(--panel)', stroke: 'var(--border)' };
const selectedLabelBg = { fill: 'var(--panel)', stroke: 'var(--accent)' };
