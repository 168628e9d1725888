import { create } from 'zustand';
import type { ReactFlowState } from '@xyflow/react';
import { useMirrorFlowState } from '../mirrorFlowState';

/**
 * The block a connection is being made from, while it is made (dragged from a handle, clicked on
 * a handle and waiting for the second click, or an end of a connection being dragged to another
 * block): its handles stay live, so React Flow can mark the one it started on after the pointer
 * has left the block, and the canvas shows every block's handles meanwhile. A store of its own so
 * blocks are notified when a connection starts and ends, not on every frame.
 */
export const useConnectingFrom = create<{ nodeId: string | null }>(() => ({ nodeId: null }));

const selectFrom = (s: ReactFlowState): string | null => s.connection.fromHandle?.nodeId ?? s.connectionClickStartHandle?.nodeId ?? null;

/**
 * Keeps useConnectingFrom in step with React Flow's own connection state (call once, inside its
 * provider). Read from the store rather than from onConnectStart/End: a click-to-connect that the
 * user abandons by clicking the pane ends with no callback.
 */
export const useTrackConnecting = (): void => useMirrorFlowState(useConnectingFrom, 'nodeId', selectFrom);
