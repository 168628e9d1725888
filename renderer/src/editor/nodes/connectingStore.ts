import { create } from 'zustand';

/**
 * The block a connection is being drawn from, while it is drawn: its handles stay live (React Flow
 * marks the one it started on) after the pointer has left it. A store of its own so blocks are
 * notified at the start and end of a connection, not on every frame.
 */
export const useConnectingFrom = create<{ nodeId: string | null }>(() => ({ nodeId: null }));
