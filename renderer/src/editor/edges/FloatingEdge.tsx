import { memo, useCallback } from 'react';
import { useStore, type EdgeProps, type InternalNode, type ReactFlowState } from '@xyflow/react';
import type { ConnectionFlowEdge } from '../flowTypes';
import { internalBox } from './floatingGeometry';
import { EdgeDrawing } from './EdgeDrawing';

/**
 * A connection React Flow draws: only selected ones reach it (see EdgeLayer), so it can offer
 * its reconnect grab circles, keyboard focus and React Flow's own selection handling. Only zoomed
 * in: far out Canvas hands React Flow every connection hidden.
 */
function FloatingEdgeView({ id, source, target, markerEnd, label, selected, data }: EdgeProps<ConnectionFlowEdge>) {
  const [sourceNode, targetNode] = useEndpoints(source, target);
  if (!sourceNode || !targetNode) return null;
  return <EdgeDrawing id={id} from={internalBox(sourceNode)} to={internalBox(targetNode)} kind={data?.kind ?? 'sync'} label={label} selected={selected} markerEnd={markerEnd} />;
}

type Endpoints = readonly [InternalNode | undefined, InternalNode | undefined];
const sameEndpoints = (a: Endpoints, b: Endpoints): boolean => a[0] === b[0] && a[1] === b[1];

/** Both blocks of a connection from one store subscription compared by reference (React Flow replaces an internal node whenever it moves or is measured). */
function useEndpoints(source: string, target: string): Endpoints {
  const select = useCallback((s: ReactFlowState): Endpoints => [s.nodeLookup.get(source), s.nodeLookup.get(target)], [source, target]);
  return useStore(select, sameEndpoints);
}

export const FloatingEdge = memo(FloatingEdgeView);
