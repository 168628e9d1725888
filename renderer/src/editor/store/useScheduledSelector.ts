import { useLayoutEffect, useState } from 'react';
import type { StoreApi } from 'zustand';

/**
 * A slice of a zustand store as React state fed by a subscription, rather than the store's own
 * hook. The hook reads through useSyncExternalStore, and React renders such updates synchronously
 * (at the end of the event that made them); it also pulls every update waiting at the same input
 * priority into that synchronous render. React Flow's drag runs outside React's events, so on each
 * pointer move one store-hook reader changing was enough to render the whole canvas inside the
 * frame that delivered the move. As state, the slice renders in a scheduled task with everything
 * else that pointer move changed, and moves made before it merge into one render (as React Flow's
 * own useNodesState does). Updates made inside React's events still render straight away.
 */
export function useScheduledSelector<S, T>(store: StoreApi<S>, select: (s: S) => T, same: (a: T, b: T) => boolean = Object.is): T {
  const [value, setValue] = useState(() => select(store.getState()));
  // A layout effect, so an update a parent's layout effect makes while mounting (the canvas sizing
  // a far-out design's blocks) reaches this state before the first paint.
  useLayoutEffect(() => {
    const sync = (s: S) => {
      const next = select(s);
      setValue((cur) => (same(cur, next) ? cur : next));
    };
    // The store may have changed between the first render and this subscription.
    sync(store.getState());
    return store.subscribe(sync);
    // The selector and comparison are fixed for a reader's lifetime.
  }, [store]);
  return value;
}
