import type { Edge, FinalConnectionState, HandleType, OnConnectEnd } from '@xyflow/react';
import { connect, reconnect } from '../store/actions';

/**
 * A connection released anywhere on a block ends there, as in draw.io: React Flow only connects
 * when the pointer is on or within its radius of a handle, so a drop in the middle of a wide
 * block would otherwise be lost. Which side it attaches to does not matter: connections float.
 */

// React Flow reports the end of a reconnect through onConnectEnd as well; that one is not a new connection.
let reconnecting = false;

function blockAt(event: MouseEvent | TouchEvent): string | null {
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  if (!point) return null;
  // The topmost thing there, looking through only a box selection's frame, which lies over the
  // blocks it selected (not through the minimap, the controls or a note over a block).
  const el = document.elementsFromPoint(point.clientX, point.clientY).find((e) => !e.closest('.react-flow__nodesselection, .react-flow__selection'));
  return el?.closest('.react-flow__node-block')?.getAttribute('data-id') ?? null;
}

export const onConnectEnd: OnConnectEnd = (event, state) => {
  if (reconnecting || state.isValid || !state.fromNode) return;
  const target = blockAt(event);
  // Released on the empty canvas, or back on the block it started from: the connection is abandoned.
  if (!target || target === state.fromNode.id) return;
  connect({ source: state.fromNode.id, sourceHandle: state.fromHandle?.id ?? null, target, targetHandle: null });
};

export const onReconnectStart = (): void => {
  reconnecting = true;
};

/** `fixed` is the type of the end that stayed where it was. */
export function onReconnectEnd(event: MouseEvent | TouchEvent, edge: Edge, fixed: HandleType, state: FinalConnectionState): void {
  reconnecting = false;
  if (state.isValid) return;
  const node = blockAt(event);
  // Dropped on the empty canvas, or back on the block it came from: nothing changes.
  if (!node || node === (fixed === 'source' ? edge.target : edge.source)) return;
  // reconnect() keeps the stored handle of the end that stayed.
  reconnect(
    edge,
    fixed === 'source' ? { source: edge.source, sourceHandle: null, target: node, targetHandle: null } : { source: node, sourceHandle: null, target: edge.target, targetHandle: null },
  );
}
