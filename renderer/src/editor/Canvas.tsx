import { useCallback, useLayoutEffect, useMemo, useRef, useState, type DragEvent, type MouseEvent } from 'react';
import {
  Background, ConnectionMode, Controls, MiniMap, ReactFlow, SelectionMode, useReactFlow, useStoreApi,
  type EdgeTypes, type NodeTypes, type OnConnect, type OnReconnect, type Viewport,
} from '@xyflow/react';
import { resolveBlockKind } from '../../../shared/catalog';
import { useEditor } from './store/editorStore';
import { useFlowElements } from './store/useFlowElements';
import { onEdgesChange, onNodesChange, onSelectionEnd, onSelectionStart } from './store/flowHandlers';
import { addBlock, addGroup, addNote, clickSelectEdge, connect, pressSelectNode, reconnect } from './store/actions';
import { BlockNode } from './nodes/BlockNode';
import { NoteNode } from './nodes/NoteNode';
import { GroupNode } from './nodes/GroupNode';
import { FloatingEdge } from './edges/FloatingEdge';
import { EdgeLayer } from './edges/EdgeLayer';
import { useFarEdgePicking } from './edges/useFarEdgePicking';
import { hasHandles, useMeasureHandlesOnZoomIn } from './nodes/measureHandles';
import { farFlowNodes } from './nodes/farPlacement';
import { useSkipNeedlessRemeasures } from './nodes/skipRemeasure';
import { endsKey, selectedEdgeEnds } from './edges/reconnectEnds';
import { onConnectEnd, onReconnectEnd, onReconnectStart } from './edges/dropOnBlock';
import { useInlineEditing } from './nodes/editingStore';
import { useConnectingFrom, useTrackConnecting } from './nodes/connectingStore';
import { setFlowInstance } from './commands/flowInstance';
import { useUi } from './commands/uiStore';
import { GuideLines } from './guides/GuideLines';
import { PALETTE_EXTRA_MIME, PALETTE_MIME } from './palette/dragMime';
import { paletteExtras } from './palette/paletteEntries';
import type { ConnectionFlowEdge, FlowNode } from './flowTypes';
import { initialViewport, isFarZoom, useFarZoom, useTrackFarZoom, withFarBoxSizes } from './zoomDetail';

/** Module scope, as React Flow requires: a new object each render would remount every node. */
const nodeTypes: NodeTypes = { block: BlockNode, note: NoteNode, group: GroupNode };
const edgeTypes: EdgeTypes = { floating: FloatingEdge };
/** Past this many blocks a design opens with the minimap hidden. */
const MINIMAP_AUTO_LIMIT = 500;

const snapGrid: [number, number] = [8, 8];
const panOnDrag = [1, 2];
const fitViewOptions = { maxZoom: 1, padding: 0.15 };
const MIN_ZOOM = 0.05;
const MAX_ZOOM = 4;
const onConnect: OnConnect = (c) => void connect(c);
const onReconnect: OnReconnect<ConnectionFlowEdge> = (old, c) => reconnect(old, c);
// Handlers at module scope: a new function identity on every render makes React Flow re-render
// every node and edge wrapper each frame of a drag (measured: 300+ ms a frame at 1,000 blocks).
const openMenu = (e: MouseEvent | globalThis.MouseEvent, target: 'selection' | 'canvas'): void => {
  e.preventDefault();
  useUi.getState().set({ contextMenu: { x: e.clientX, y: e.clientY, target } });
};
const onSelectionMenu = (e: MouseEvent | globalThis.MouseEvent): void => openMenu(e, 'selection');
const onNodeDoubleClick = (_: MouseEvent, node: FlowNode): void => useInlineEditing.getState().start(node.id);
// Capture phase: React Flow's drag handler on the block stops the press from bubbling. Blocks
// only (a group's press far out may be a pick of a connection over it); not on a handle (that
// press starts a connection) or a field inside a block (inline rename), and not with a modifier,
// which React Flow reads as adding to the selection on release.
const pressedBlock = (e: MouseEvent): string | undefined => {
  if (e.button !== 0 || e.shiftKey || e.ctrlKey || e.metaKey || e.altKey || !(e.target instanceof Element)) return undefined;
  if (e.target.closest('.react-flow__handle, .nodrag')) return undefined;
  return e.target.closest<HTMLElement>('.react-flow__node-block')?.dataset.id;
};
const proOptions = { hideAttribution: true };
const deleteKeyCode = null;
const zoomActivationKeyCode = ['Control', 'Meta'];

/**
 * The canvas. Like draw.io and Excalidraw: drag on empty space box-selects, space+drag or the
 * middle/right button pans, the wheel scrolls and Ctrl+wheel zooms.
 */
export function Canvas() {
  const { nodes, edges } = useFlowElements();
  const snapToGrid = useUi((s) => s.snapToGrid);
  const showMinimap = useUi((s) => s.showMinimap);
  // A boolean, so the canvas re-renders only when the zoom crosses the threshold, not every frame.
  const far = useFarZoom((s) => s.far);
  // While a connection is drawn every block shows where it can end, as in draw.io.
  const connecting = useConnectingFrom((s) => s.nodeId !== null);
  useTrackFarZoom();
  useTrackConnecting();
  useSkipNeedlessRemeasures();
  const { screenToFlowPosition } = useReactFlow();
  // Fit only a design that opens with blocks: fitting the first dropped block would zoom in on it.
  const [fitOnOpen] = useState(() => useEditor.getState().nodes.length > 0);
  // The canvas is measured before React Flow mounts, so a design opens at (about) its fitted zoom
  // and a large one mounts its blocks as far-zoom boxes straight away.
  const box = useRef<HTMLDivElement>(null);
  const [opening, setOpening] = useState<{ viewport: Viewport; fit: boolean } | null>(null);
  useLayoutEffect(() => {
    const rect = box.current!.getBoundingClientRect();
    const { nodes } = useEditor.getState();
    const viewport = fitOnOpen ? initialViewport(nodes, rect, { minZoom: MIN_ZOOM, maxZoom: fitViewOptions.maxZoom, padding: fitViewOptions.padding }) : { x: 0, y: 0, zoom: 1 };
    const far = isFarZoom(viewport.zoom);
    useFarZoom.setState({ far });
    // Not an edit: sizes are not saved, and the store's revision stays.
    if (far) useEditor.setState((s) => ({ nodes: withFarBoxSizes(s.nodes) }));
    // The minimap redraws every block on every frame of a drag: past a few hundred blocks it costs
    // more than the canvas itself, so a large design opens without it (Ctrl/Cmd+M shows it).
    // Decided here, before React Flow mounts, so it is never mounted only to be taken away.
    useUi.getState().set({ showMinimap: nodes.length <= MINIMAP_AUTO_LIMIT });
    // Far out every block is a box of a size known now, so the viewport above is already the
    // fitted one. React Flow's own fit would wait for a measuring pass that far-out blocks skip
    // (skipRemeasure) and then jump the view at the next unrelated change of the nodes. Groups and
    // notes are measured as always, so with them React Flow still fits (the estimate above
    // leaves out group members and guesses unsized notes).
    const onlyBlocks = nodes.every((n) => n.type === 'block' && !n.parentId);
    setOpening({ viewport, fit: fitOnOpen && !(far && onlyBlocks) });
  }, [fitOnOpen]);
  // React Flow draws only the selected connections (the edge layer draws the rest, far cheaper per
  // frame). Only they offer their ends for reconnecting, as in draw.io, with the grab circles where
  // their floating ends are drawn (selectedEdgeEnds).
  // React Flow draws a connection from its blocks' handles. Far out blocks mount none (BlockNode),
  // and a block measured out there and not back on the canvas since has none on record: the
  // layer draws such selected connections too, and React Flow keeps them hidden, so a click on
  // the pane still deselects them.
  const store = useStoreApi();
  const { nodeLookup } = store.getState();
  const onPressCapture = useCallback(
    (e: MouseEvent): void => {
      const id = pressedBlock(e);
      // A box selection's frame (React Flow's nodes-selection rect) would otherwise move onto the
      // newly selected block and take its release, so a click would never reach the block.
      if (id && pressSelectNode(id)) store.setState({ nodesSelectionActive: false });
    },
    [store],
  );
  const byFlow = (e: ConnectionFlowEdge): boolean => e.selected === true && !far && hasHandles(nodeLookup, e.source) && hasHandles(nodeLookup, e.target);
  // A key, so a drag frame that changes no selection re-derives nothing.
  const flowDrawnKey = edges.filter(byFlow).map((e) => e.id).join('\n');
  const flowDrawn = useMemo(() => new Set(flowDrawnKey.split('\n')), [flowDrawnKey]);
  const ends = selectedEdgeEnds(edges, nodes);
  const endsChanged = endsKey(ends);
  const flowEdges = useMemo(
    () =>
      edges
        .filter((e) => e.selected)
        // Without offered ends, no handle ids: a stored id no block has would make React Flow skip
        // the connection (ends float, so which handle React Flow reads does not matter).
        .map((e) =>
          flowDrawn.has(e.id)
            ? { ...e, ...(ends.get(e.id) ?? { sourceHandle: null, targetHandle: null }), reconnectable: ends.has(e.id) }
            : { ...e, hidden: true, sourceHandle: null, targetHandle: null, reconnectable: false },
        ),
    // `ends` is fully described by its key: a drag re-derives the edges only when an end changes side.
    [edges, endsChanged, flowDrawn],
  );
  const layerEdges = useMemo(() => edges.filter((e) => !flowDrawn.has(e.id)), [edges, flowDrawn]);
  useMeasureHandlesOnZoomIn(far);
  const flowNodes = useMemo(() => (far ? farFlowNodes(nodes) : nodes), [far, nodes]);
  // Far out a right-click near a connection is on that connection (see useFarEdgePicking).
  const pickFarEdge = useFarEdgePicking(far ? layerEdges : null);
  const menuOnFarEdge = useCallback(
    (e: MouseEvent | globalThis.MouseEvent): boolean => {
      const id = pickFarEdge(e);
      if (!id) return false;
      if (!useEditor.getState().edges.find((edge) => edge.id === id)?.selected) clickSelectEdge(id, false);
      openMenu(e, 'selection');
      return true;
    },
    [pickFarEdge],
  );
  const onPaneMenu = useCallback((e: MouseEvent | globalThis.MouseEvent): void => void (menuOnFarEdge(e) || openMenu(e, 'canvas')), [menuOnFarEdge]);
  const onNodeMenu = useCallback(
    (e: MouseEvent, node: FlowNode): void => void ((node.type === 'group' && menuOnFarEdge(e)) || onSelectionMenu(e)),
    [menuOnFarEdge],
  );

  const onDragOver = useCallback((e: DragEvent) => {
    if (e.dataTransfer.types.includes(PALETTE_MIME) || e.dataTransfer.types.includes(PALETTE_EXTRA_MIME)) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    }
  }, []);

  const onDrop = useCallback(
    (e: DragEvent) => {
      const kind = e.dataTransfer.getData(PALETTE_MIME);
      const extra = paletteExtras.find((x) => x.id === e.dataTransfer.getData(PALETTE_EXTRA_MIME));
      if (!kind && !extra) return;
      e.preventDefault();
      const at = screenToFlowPosition({ x: e.clientX, y: e.clientY });
      if (kind) addBlock(kind, resolveBlockKind(kind).kind.name, { x: at.x - 80, y: at.y - 24 });
      else if (extra?.type === 'note') addNote({ x: at.x - 100, y: at.y - 60 });
      else if (extra?.type === 'group' && extra.groupKind) addGroup(extra.groupKind, extra.label ?? extra.name, { x: at.x - 240, y: at.y - 150 });
    },
    [screenToFlowPosition],
  );

  return (
    <div ref={box} className={`canvas${far ? ' zoom-far' : ''}${connecting ? ' connecting' : ''}`} onDragOver={onDragOver} onDrop={onDrop} onMouseDownCapture={onPressCapture}>
      {opening && <ReactFlow<FlowNode, ConnectionFlowEdge>
        nodes={flowNodes}
        edges={flowEdges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onInit={setFlowInstance}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onReconnect={onReconnect}
        onConnectEnd={onConnectEnd}
        onSelectionStart={onSelectionStart}
        onSelectionEnd={onSelectionEnd}
        onReconnectStart={onReconnectStart}
        onReconnectEnd={onReconnectEnd}
        onNodeDoubleClick={onNodeDoubleClick}
        onNodeContextMenu={onNodeMenu}
        onSelectionContextMenu={onSelectionMenu}
        onEdgeContextMenu={onSelectionMenu}
        onPaneContextMenu={onPaneMenu}
        connectionMode={ConnectionMode.Loose}
        fitView={opening.fit}
        fitViewOptions={fitViewOptions}
        defaultViewport={opening.viewport}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        snapToGrid={snapToGrid}
        snapGrid={snapGrid}
        selectionOnDrag
        selectionMode={SelectionMode.Partial}
        panOnDrag={panOnDrag}
        panOnScroll
        zoomOnScroll={false}
        zoomActivationKeyCode={zoomActivationKeyCode}
        multiSelectionKeyCode="Shift"
        deleteKeyCode={deleteKeyCode}
        selectionKeyCode={null}
        onlyRenderVisibleElements
        edgesReconnectable={false}
        elevateNodesOnSelect={false}
        proOptions={proOptions}
        colorMode="system"
        defaultMarkerColor={null}
      >
        {!far && <Background gap={16} />}
        <Controls showInteractive={false} />
        {showMinimap && <MiniMap pannable zoomable />}
        <EdgeLayer edges={layerEdges} onContextMenu={onSelectionMenu} />
        <GuideLines />
      </ReactFlow>}
    </div>
  );
}
