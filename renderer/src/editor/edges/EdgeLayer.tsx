import { memo, useCallback, useEffect, useMemo, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import type { ConnectionFlowEdge } from '../flowTypes';
import { clickSelectEdge } from '../store/actions';
import { flow } from '../commands/flowInstance';
import { useFarZoom } from '../zoomDetail';
import { EdgeDrawing } from './EdgeDrawing';
import { cachedBox as boxOf, forgetBoxes, type Box } from './floatingGeometry';
import { FarEdges } from './FarEdges';
import type { FarItem } from './farEdgeBuckets';

export const LAYER_MARKER_ID = 'envelope-arrowclosed';

/**
 * Connections React Flow does not draw (see Canvas: those nobody has selected, and far out every
 * one), in one layer under the blocks. Far out they are a few shared paths (FarEdges), picked by
 * geometry on a click (useFarEdgePicking, in Canvas). React Flow's own edge wrapper subscribes each connection to its store three times over, and every subscription runs
 * on every store update, which is every frame of a drag or a pan: with two connections per block
 * that was most of a large design's per-frame script. This layer has one subscription, to the
 * nodes, and re-draws only the connections whose blocks moved or were measured. A selected
 * connection is handed to React Flow (see Canvas), which gives it reconnect grab circles and
 * keyboard focus.
 */
export const EdgeLayer = memo(function EdgeLayer({ edges, onContextMenu }: { edges: readonly ConnectionFlowEdge[]; onContextMenu: (e: MouseEvent | globalThis.MouseEvent) => void }) {
  // Re-render whenever React Flow takes new nodes (moved, measured, added), in the same pass as
  // the blocks; the boxes are read from its internal lookup, where group members already have
  // their absolute position.
  useStore(selectNodes);
  const store = useStoreApi();
  const { nodeLookup: lookup, rfId } = store.getState();
  // Tabbing onto a connection out of view brings it into view (React Flow does so for nodes), so
  // the focus ring is seen and Enter can hand it to React Flow, which draws only what is in view.
  const reveal = useCallback(
    (from: Box, to: Box) => {
      const { transform, width, height } = store.getState();
      const [tx, ty, zoom] = transform;
      const x = (from.x + from.w / 2 + to.x + to.w / 2) / 2;
      const y = (from.y + from.h / 2 + to.y + to.h / 2) / 2;
      const sx = x * zoom + tx;
      const sy = y * zoom + ty;
      if (sx < 0 || sy < 0 || sx > width || sy > height) void flow()?.setCenter(x, y, { zoom });
    },
    [store],
  );
  const far = useFarZoom((s) => s.far);
  // Boxes are remembered per block id; a closed design's are let go with the canvas.
  useEffect(() => forgetBoxes, []);
  // React Flow's ViewportPortal looks its target up in the DOM on every store update.
  const domNode = useStore(selectDomNode);
  const portal = useMemo(() => domNode?.querySelector('.react-flow__viewport-portal'), [domNode]);
  if (!portal) return null;
  // Connections go just under the higher of their two blocks, as React Flow stacks its own: under
  // every block at the top level (and over a top-level group's box), but over a group nested in
  // another, whose blocks stack one higher. One svg per level; nearly always just the one.
  // The connections of blocks being dragged get an svg of their own: the one holding all the
  // others is then unchanged, and Chrome re-uses its whole recorded paint each frame instead of
  // walking thousands of paths to re-paint two. Selected blocks' connections are there already:
  // a block is selected when pressed (pressSelectNode), so re-drawing the rest happens then, not
  // in the first frames of the drag that follows.
  const levels = new Map<number, Drawn>();
  const moving = new Map<number, Drawn>();
  for (const e of edges) {
    const s = lookup.get(e.source);
    const t = lookup.get(e.target);
    if (!s || !t) continue;
    const z = Math.max(s.internals.z, t.internals.z, 0) - 1;
    const into = s.selected || t.selected || s.dragging || t.dragging ? moving : levels;
    let level = into.get(z);
    if (!level) into.set(z, (level = { near: [], far: [] }));
    if (far) level.far.push(farItem(e, boxOf(s), boxOf(t)));
    else level.near.push(<LayerEdge key={e.id} edge={e} from={boxOf(s)} to={boxOf(t)} rfId={rfId} onContextMenu={onContextMenu} onFocusEdge={reveal} />);
  }
  const draw = (level: Drawn | undefined): ReactNode => (far ? level && <FarEdges items={level.far} /> : level?.near);
  return createPortal(
    <>
      <svg className="edge-layer">
        <defs>
          <marker id={LAYER_MARKER_ID} className="react-flow__arrowhead" markerWidth="12.5" markerHeight="12.5" viewBox="-10 -10 20 20" markerUnits="strokeWidth" orient="auto-start-reverse" refX="0" refY="0">
            <polyline className="arrowclosed" strokeLinecap="round" strokeLinejoin="round" points="-5,-4 0,0 -5,4 -5,-4" />
          </marker>
        </defs>
        {draw(levels.get(-1))}
      </svg>
      {[...levels].filter(([z]) => z !== -1).map(([z, level]) => (
        <svg key={z} className="edge-layer" style={{ zIndex: z }}>
          {draw(level)}
        </svg>
      ))}
      {[...moving].map(([z, level]) => (
        <svg key={`moving ${z}`} className="edge-layer moving" style={z === -1 ? undefined : { zIndex: z }}>
          {draw(level)}
        </svg>
      ))}
    </>,
    portal,
  );
});

/**
 * The far-out item of a connection, the same object while the connection and its blocks' boxes
 * stay as they are: the layer runs over every connection on every drag frame, and a new object
 * per connection per frame was garbage for the collector to sweep mid-drag.
 */
const farItems = new WeakMap<ConnectionFlowEdge, FarItem>();
function farItem(e: ConnectionFlowEdge, from: Box, to: Box): FarItem {
  const last = farItems.get(e);
  if (last && last.from === from && last.to === to) return last;
  const item = { id: e.id, kind: e.data?.kind ?? 'sync', selected: e.selected === true, from, to };
  farItems.set(e, item);
  return item;
}

/** One stacking level's connections: drawn in full zoomed in, as shared paths far out. */
type Drawn = { near: ReactNode[]; far: FarItem[] };

const selectNodes = (s: ReactFlowState) => s.nodes;
const selectDomNode = (s: ReactFlowState) => s.domNode;

type LayerEdgeProps = { edge: ConnectionFlowEdge; from: Box; to: Box; rfId: string; onContextMenu: (e: MouseEvent) => void; onFocusEdge: (from: Box, to: Box) => void };

/**
 * Selected from the keyboard (Tab to it, Enter or Space), as React Flow's edges are; the selected
 * connection is then drawn by React Flow, so focus follows it there.
 */
function selectByKey(e: KeyboardEvent<SVGGElement>, id: string): void {
  if (e.key !== 'Enter' && e.key !== ' ') return;
  e.preventDefault();
  clickSelectEdge(id, e.shiftKey);
  requestAnimationFrame(() => document.querySelector<SVGGElement>(`.react-flow__edges .react-flow__edge[data-id="${CSS.escape(id)}"]`)?.focus());
}

const LayerEdge = memo(function LayerEdge({ edge, from, to, rfId, onContextMenu, onFocusEdge }: LayerEdgeProps) {
  const kind = edge.data?.kind ?? 'sync';
  return (
    <g
      className={`react-flow__edge react-flow__edge-floating edge-${kind} nopan selectable${edge.selected ? ' selected' : ''}`}
      data-id={edge.id}
      role="group"
      aria-roledescription="edge"
      aria-label={`Edge from ${edge.source} to ${edge.target}`}
      aria-describedby={`react-flow__edge-desc-${rfId}`}
      tabIndex={0}
      onKeyDown={(e) => selectByKey(e, edge.id)}
      onFocus={() => onFocusEdge(from, to)}
      onClick={(e) => clickSelectEdge(edge.id, e.shiftKey)}
      onContextMenu={(e) => {
        if (!edge.selected) clickSelectEdge(edge.id, false);
        onContextMenu(e);
      }}
    >
      <EdgeDrawing
        id={edge.id}
        from={from}
        to={to}
        kind={kind}
        label={edge.label}
        selected={edge.selected}
        markerEnd={`url('#${LAYER_MARKER_ID}')`}
      />
    </g>
  );
});
