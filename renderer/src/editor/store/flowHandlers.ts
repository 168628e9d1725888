import { applyEdgeChanges, applyNodeChanges, type EdgeChange, type NodeChange } from '@xyflow/react';
import type { ConnectionFlowEdge, FlowNode } from '../flowTypes';
import { beginGesture, commit, endGesture, useEditor } from './editorStore';
import { selectEdgesBetweenSelectedNodes } from './actions';
import { reparentNodes } from './groupMembership';
import { alignTo, sameGuides } from '../guides/alignment';
import { clearGuides, useGuides } from '../guides/guideStore';
import { endGestureOnRelease } from './gestureRelease';

/**
 * React Flow's own changes. A drag or a resize is a gesture: its frames update the canvas, and
 * its end (with any change of group membership) becomes one undo step. Selection and
 * measurement are not edits.
 */
export function onNodesChange(changes: NodeChange<FlowNode>[]): void {
  const ended: string[] = [];
  for (const c of changes) {
    if ((c.type === 'position' && c.dragging) || (c.type === 'dimensions' && c.resizing)) {
      beginGesture();
      endGestureOnRelease();
    }
    if (c.type === 'position' && c.dragging === false) ended.push(c.id);
    if (c.type === 'dimensions' && c.resizing === false) ended.push(c.id);
  }
  snapSingleDrag(changes);
  const nodes = applyNodeChanges(changes, useEditor.getState().nodes);
  if (changes.every((c) => c.type === 'select' || (c.type === 'dimensions' && c.resizing === undefined))) {
    useEditor.setState({ nodes });
    if (boxSelecting && changes.some((c) => c.type === 'select')) selectEdgesBetweenSelectedNodes();
    return;
  }
  commit({ nodes });
  if (ended.length > 0) {
    clearGuides();
    reparentNodes(ended);
    endGesture();
  }
}

/**
 * Box selection. React Flow would select the connections it knows touching the boxed blocks, but
 * it only knows the selected ones (the rest are drawn by the edge layer), so while a box is drawn
 * the connections between the selected blocks are selected here instead, as draw.io does.
 */
let boxSelecting = false;
export const onSelectionStart = (): void => {
  boxSelecting = true;
  // React Flow skips onSelectionEnd when the box ends with another button up, is cancelled, or the
  // window loses focus mid-drag; the flag must not outlive the gesture.
  const end = (e: Event): void => {
    // A second finger lifting does not end the box.
    if (e instanceof PointerEvent && !e.isPrimary) return;
    boxSelecting = false;
    for (const type of ['pointerup', 'pointercancel', 'blur'] as const) window.removeEventListener(type, end);
  };
  for (const type of ['pointerup', 'pointercancel', 'blur'] as const) window.addEventListener(type, end);
};
export const onSelectionEnd = (): void => {
  boxSelecting = false;
};

export function onEdgesChange(changes: EdgeChange<ConnectionFlowEdge>[]): void {
  if (boxSelecting && changes.every((c) => c.type === 'select')) return;
  const edges = applyEdgeChanges(changes, useEditor.getState().edges);
  if (changes.every((c) => c.type === 'select')) useEditor.setState({ edges });
  else commit({ edges });
}

/** While one node is dragged, snap it to its siblings' edges and centres and show the guides. */
function snapSingleDrag(changes: NodeChange<FlowNode>[]): void {
  if (changes.length !== 1) return;
  const change = changes[0]!;
  if (change.type !== 'position' || !change.dragging || !change.position) return;
  const nodes = useEditor.getState().nodes;
  const dragged = nodes.find((n) => n.id === change.id);
  if (!dragged || dragged.type === 'group') return;
  const { position, guides } = alignTo(dragged, change.position, nodes);
  change.position = position;
  // Unchanged guides (most frames) are not an update: readers would render for nothing.
  if (!sameGuides(useGuides.getState(), guides)) useGuides.setState(guides);
}
