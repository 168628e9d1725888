import { useCallback, useEffect, useRef } from 'react';
import { useStore, useStoreApi, type InternalNode, type ReactFlowState } from '@xyflow/react';
import type { ConnectionFlowEdge } from '../flowTypes';
import { clickSelectEdge, restoreSelection, selectedIds } from '../store/actions';
import { cachedBox } from './floatingGeometry';
import { pickCurve } from './curvePick';
import { cachedFarCurve } from './farEdgeBuckets';

/** How near a click must land to a far-out connection, in screen pixels. */
const PICK_PX = 6;
/** A press that moved further than this was a box selection or a pan, not a click. */
const CLICK_SLOP_PX = 3;

const selectDomNode = (s: ReactFlowState) => s.domNode;

type Pointer = { clientX: number; clientY: number };

/**
 * Far out connections are shared bare paths that take no pointer events (FarEdges). While `edges` is
 * given, a click within a few pixels of one, on the empty canvas or on a group's box (connections
 * are drawn over groups), selects it instead of reaching the pane, which would deselect, or the
 * group. The listener is in the capture phase on React Flow's element, so it runs before React's
 * bubbling handlers (React Flow's own capture handler on the pane, which swallows the click that
 * ends a box selection, runs first). Returns the same picking for the right-click menus, which
 * React Flow opens itself (a right press is also a pan).
 */
export function useFarEdgePicking(edges: readonly ConnectionFlowEdge[] | null): (at: Pointer) => string | undefined {
  const store = useStoreApi();
  const domNode = useStore(selectDomNode);
  const latest = useRef(edges);
  useEffect(() => {
    latest.current = edges;
  });
  const active = edges !== null;
  const pickAt = useCallback(
    (at: Pointer): string | undefined => {
      if (!domNode || !latest.current) return undefined;
      const { transform, nodeLookup } = store.getState();
      const [tx, ty, zoom] = transform;
      const rect = domNode.getBoundingClientRect();
      const point = { x: (at.clientX - rect.left - tx) / zoom, y: (at.clientY - rect.top - ty) / zoom };
      return pickCurve(point, curves(latest.current, nodeLookup), PICK_PX / zoom);
    },
    [domNode, store],
  );
  useEffect(() => {
    if (!domNode || !active) return;
    let down: { x: number; y: number } | null = null;
    // React Flow clears the selection when a press on the pane ends without a drag, before the
    // click: a shift-click adds to what was selected when the button went down.
    let before: ReturnType<typeof selectedIds> | null = null;
    const onPane = (e: MouseEvent): boolean => e.target instanceof Element && onEmptyOrGroup(e.target);
    const onPointerDown = (e: PointerEvent): void => {
      down = { x: e.clientX, y: e.clientY };
      // Whatever Shift is doing now: it may be pressed before the button comes up.
      before = selectedIds();
    };
    const onClick = (e: MouseEvent): void => {
      if (!down || Math.hypot(e.clientX - down.x, e.clientY - down.y) > CLICK_SLOP_PX) return;
      const id = onPane(e) ? pickAt(e) : undefined;
      if (!id) return;
      e.stopPropagation();
      if (e.shiftKey && before) restoreSelection(before);
      clickSelectEdge(id, e.shiftKey);
    };
    domNode.addEventListener('pointerdown', onPointerDown, true);
    domNode.addEventListener('click', onClick, true);
    return () => {
      domNode.removeEventListener('pointerdown', onPointerDown, true);
      domNode.removeEventListener('click', onClick, true);
    };
  }, [domNode, active, pickAt]);
  return pickAt;
}

/** The empty canvas, or a group's box (which connections are drawn over). */
export function onEmptyOrGroup(target: Element): boolean {
  return target.classList.contains('react-flow__pane') || target.closest('.react-flow__node-group') !== null;
}

function* curves(edges: readonly ConnectionFlowEdge[], lookup: Map<string, InternalNode>): Generator<{ id: string; path: string }> {
  for (const e of edges) {
    const s = lookup.get(e.source);
    const t = lookup.get(e.target);
    if (s && t) yield { id: e.id, path: cachedFarCurve(cachedBox(s), cachedBox(t))[0] };
  }
}
