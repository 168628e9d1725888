import { useEffect, useRef } from 'react';
import { useStoreApi, type ReactFlowState } from '@xyflow/react';

/** Whether React Flow has a block's handles on record (it draws connections from them). */
export const hasHandles = (lookup: ReactFlowState['nodeLookup'], id: string): boolean => (lookup.get(id)?.internals.handleBounds?.source?.length ?? 0) > 0;

type Updates = Parameters<ReactFlowState['updateNodeInternals']>[0];

/**
 * Far out a block mounts no handles (BlockNode), so when React Flow measured it there it found
 * none, and a block drawn back in at the same size is not measured again by itself: connecting
 * from it would find no handle. So on crossing back in, the blocks on the canvas are measured
 * once more, now with their handles (one layout, then a read per handle).
 */
export function useMeasureHandlesOnZoomIn(far: boolean): void {
  const store = useStoreApi();
  const wasFar = useRef(far);
  useEffect(() => {
    const cameIn = wasFar.current && !far;
    wasFar.current = far;
    if (!cameIn) return;
    const { domNode, updateNodeInternals } = store.getState();
    const updates: Updates = new Map();
    for (const el of domNode?.querySelectorAll<HTMLDivElement>('.react-flow__node-block') ?? []) {
      const id = el.dataset.id;
      if (id) updates.set(id, { id, nodeElement: el, force: true });
    }
    if (updates.size > 0) updateNodeInternals(updates);
  }, [far, store]);
}
