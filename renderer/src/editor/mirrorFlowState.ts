import { useEffect } from 'react';
import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import type { StoreApi } from 'zustand';

/**
 * Copies one value derived from React Flow's store into a small store of our own, only when it
 * changes (call once, inside React Flow's provider; `select` at module scope). Components that
 * subscribe to React Flow's store run their selector on every pan and drag frame; components
 * subscribed to the copy hear only of real changes.
 */
export function useMirrorFlowState<K extends string, T>(target: StoreApi<Record<K, T>>, key: K, select: (s: ReactFlowState) => T): void {
  const flow = useStoreApi();
  useEffect(
    () =>
      flow.subscribe((s) => {
        const value = select(s);
        if (value !== target.getState()[key]) target.setState({ [key]: value } as Record<K, T>);
      }),
    [flow, target, key, select],
  );
}
