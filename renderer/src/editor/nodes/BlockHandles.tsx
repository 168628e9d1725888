import { memo, useMemo, useState } from 'react';
import { Handle, useStoreApi } from '@xyflow/react';
import { SIDES } from './sides';

/**
 * React Flow's Handle subscribes to the flow's store, so every pan or drag frame runs one selector
 * per handle: four per block, most of a large design's per-frame script. A block nobody points at
 * needs no such handle, only its markup: React Flow measures handle bounds from the DOM and finds
 * the end of a connection by this `data-id` and these classes. So a block mounts real handles only
 * while the pointer is over it (the only time a connection can start on it) or a connection is
 * being made from it, and otherwise static copies of what Handle renders when no connection is in
 * progress. Selecting every block (Ctrl+A) and dragging them therefore mounts no Handle either.
 */
function StaticHandles({ nodeId }: { nodeId: string }) {
  // Read once: the flow's id never changes while it is mounted.
  const rfId = useStoreApi().getState().rfId;
  return (
    <>
      {SIDES.map(({ id, position }) => (
        <div
          key={id}
          data-handleid={id}
          data-nodeid={nodeId}
          data-handlepos={position}
          data-id={`${rfId}-${nodeId}-${id}-source`}
          className={`react-flow__handle react-flow__handle-${position} nodrag nopan source connectable connectablestart connectableend connectionindicator`}
        />
      ))}
    </>
  );
}

const LiveHandles = memo(function LiveHandles() {
  return (
    <>
      {SIDES.map(({ id, position }) => (
        <Handle key={id} type="source" position={position} id={id} />
      ))}
    </>
  );
});

/**
 * Where a touch screen is present a selected block keeps live handles: a touch has no hover to
 * make them live before it lands, and it lands on the element that was there when it began.
 * With a mouse or pen the pointer is always over a block before it can press one of its handles.
 */
export const TOUCH_SCREEN = typeof matchMedia === 'function' && matchMedia('(any-pointer: coarse)').matches;

export function BlockHandles({ nodeId, live }: { nodeId: string; live: boolean }) {
  return live ? <LiveHandles /> : <StaticHandles nodeId={nodeId} />;
}

/** Pointer-over state for a block's root element, to decide when its handles are live. */
export function useHovered(): [boolean, { onPointerEnter: () => void; onPointerLeave: () => void }] {
  const [hovered, setHovered] = useState(false);
  const handlers = useMemo(() => ({ onPointerEnter: () => setHovered(true), onPointerLeave: () => setHovered(false) }), []);
  return [hovered, handlers];
}
