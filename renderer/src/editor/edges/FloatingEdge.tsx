import { memo, useCallback } from 'react';
import { BaseEdge, getBezierPath, useStore, type EdgeProps, type InternalNode, type ReactFlowState } from '@xyflow/react';
import type { ConnectionFlowEdge } from '../flowTypes';
import { facingSides, internalBox } from './floatingGeometry';
import { useFarZoom } from '../zoomDetail';

/** A connection drawn between the facing sides of its blocks, with its label on the curve. */
function FloatingEdgeView({ id, source, target, markerEnd, style, label, selected, data }: EdgeProps<ConnectionFlowEdge>) {
  const [sourceNode, targetNode] = useEndpoints(source, target);
  // Zoomed far out a label would be unreadable: it is not mounted at all.
  const far = useFarZoom((s) => s.far);
  if (!sourceNode || !targetNode) return null;
  const { from, to } = facingSides(internalBox(sourceNode), internalBox(targetNode));
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

type Endpoints = readonly [InternalNode | undefined, InternalNode | undefined];
const sameEndpoints = (a: Endpoints, b: Endpoints): boolean => a[0] === b[0] && a[1] === b[1];

/**
 * Both blocks of a connection from one store subscription compared by reference (React Flow
 * replaces an internal node whenever it moves or is measured): every subscription runs on every
 * store update, which is every frame of a pan or a drag, so two useInternalNode calls with their
 * shallow comparisons per connection cost more than the connection's own drawing.
 */
function useEndpoints(source: string, target: string): Endpoints {
  const select = useCallback((s: ReactFlowState): Endpoints => [s.nodeLookup.get(source), s.nodeLookup.get(target)], [source, target]);
  return useStore(select, sameEndpoints);
}

const labelPadding: [number, number] = [6, 2];
const labelStyle = { fontSize: 11, fill: 'var(--text)' };
const labelBg = { fill: 'var(--panel)', stroke: 'var(--border)' };
const selectedLabelBg = { fill: 'var(--panel)', stroke: 'var(--accent)' };

export const FloatingEdge = memo(FloatingEdgeView);
