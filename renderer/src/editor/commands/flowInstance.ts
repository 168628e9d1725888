import type { ReactFlowInstance } from '@xyflow/react';
import type { ConnectionFlowEdge, FlowNode } from '../flowTypes';

/** The canvas's React Flow instance, for commands that act on the view (zoom, fit, centre). */
let instance: ReactFlowInstance<FlowNode, ConnectionFlowEdge> | null = null;

export const setFlowInstance = (next: ReactFlowInstance<FlowNode, ConnectionFlowEdge> | null): void => {
  instance = next;
};
export const flow = (): ReactFlowInstance<FlowNode, ConnectionFlowEdge> | null => instance;

/** Centre of the visible canvas in flow coordinates: where click-to-add and paste put things. */
export function viewCentre(): { x: number; y: number } {
  const rect = document.querySelector('.canvas')?.getBoundingClientRect();
  const f = flow();
  if (!rect || !f) return { x: 0, y: 0 };
  return f.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
}
