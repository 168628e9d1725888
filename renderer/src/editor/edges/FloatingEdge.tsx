import { memo } from 'react';
import { BaseEdge, getBezierPath, useInternalNode, type EdgeProps } from '@xyflow/react';
import type { ConnectionFlowEdge } from '../flowTypes';
import { facingSides } from './floatingGeometry';
import { useFarZoom } from '../zoomDetail';

/** A connection drawn between the facing sides of its blocks, with its label on the curve. */
function FloatingEdgeView({ id, source, target, markerEnd, style, label, selected, data }: EdgeProps<ConnectionFlowEdge>) {
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  // Zoomed far out a label would be unreadable: it is not mounted at all.
  const far = useFarZoom((s) => s.far);
  if (!sourceNode || !targetNode) return null;
  const { from, to } = facingSides(sourceNode, targetNode);
  const [path, labelX, labelY] = getBezierPath({
    sourceX: from.x,
    sourceY: from.y,
    sourcePosition: from.position,
    targetX: to.x,
    targetY: to.y,
    targetPosition: to.position,
  });
  // The label is SVG text in the edge itself: EdgeLabelRenderer's portal queries the DOM on every
  // store update, which is every frame of a drag, once per labelled edge.
  return (
    <BaseEdge
      id={id}
      path={path}
      markerEnd={markerEnd}
      style={style}
      interactionWidth={16}
      label={far ? undefined : label}
      labelX={labelX}
      labelY={labelY}
      labelShowBg
      labelBgPadding={labelPadding}
      labelBgBorderRadius={4}
      labelStyle={labelStyle}
      labelBgStyle={selected ? selectedLabelBg : labelBg}
      className={`edge-label-${data?.kind ?? 'sync'}`}
    />
  );
}

const labelPadding: [number, number] = [6, 2];
const labelStyle = { fontSize: 11, fill: 'var(--text)' };
const labelBg = { fill: 'var(--panel)', stroke: 'var(--border)' };
const selectedLabelBg = { fill: 'var(--panel)', stroke: 'var(--accent)' };

export const FloatingEdge = memo(FloatingEdgeView);
