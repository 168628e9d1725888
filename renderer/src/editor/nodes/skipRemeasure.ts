import { useLayoutEffect } from 'react';
import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { NO_HANDLES } from './farPlacement';

type UpdateNodeInternals = ReactFlowState['updateNodeInternals'];
type Updates = Parameters<UpdateNodeInternals>[0];

const wrapped = new WeakSet<UpdateNodeInternals>();

/**
 * The updates that would change something. React Flow's resize observer marks every measurement
 * `force`, which re-reads the node's handles and records a new node object even when nothing
 * changed, and every block re-renders: when a 5,000-block design opens far out that was the
 * last half second of it. A far-out block declares no handles (farFlowNodes) and React Flow
 * already holds its size: measuring it again can only find what is on record.
 */
export function withoutNeedlessRemeasures(updates: Updates, lookup: ReactFlowState['nodeLookup']): Updates {
  let kept: Updates | null = null;
  for (const [id, update] of updates) {
    const node = lookup.get(id);
    const needless =
      node !== undefined &&
      node.internals.userNode.handles === NO_HANDLES &&
      node.internals.handleBounds !== undefined &&
      node.measured.width === update.nodeElement.offsetWidth &&
      node.measured.height === update.nodeElement.offsetHeight;
    if (needless) (kept ??= new Map(updates)).delete(id);
  }
  return kept ?? updates;
}

/**
 * Route React Flow's node measuring through withoutNeedlessRemeasures. A layout effect of a
 * component above <ReactFlow>: it must run before React Flow's node renderer creates its resize
 * observer, which keeps the action it saw first.
 */
export function useSkipNeedlessRemeasures(): void {
  const store = useStoreApi();
  useLayoutEffect(() => {
    const original = store.getState().updateNodeInternals;
    if (wrapped.has(original)) return;
    const skipping: UpdateNodeInternals = (updates, params) => {
      const needed = withoutNeedlessRemeasures(updates, store.getState().nodeLookup);
      if (needed.size > 0) original(needed, params);
    };
    wrapped.add(skipping);
    store.setState({ updateNodeInternals: skipping });
  }, [store]);
}
