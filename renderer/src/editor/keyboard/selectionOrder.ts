import { useEditor } from '../store/editorStore';
import { nextSelectionOrder } from './nextSelectionOrder';

let order: string[] = [];
let lastNodes: unknown = null;

// Follows every change of the node list (React Flow's clicks, keyboard selection, commands, undo).
useEditor.subscribe((s) => {
  if (s.nodes === lastNodes) return;
  lastNodes = s.nodes;
  order = nextSelectionOrder(
    order,
    s.nodes.filter((n) => n.selected).map((n) => n.id),
  );
});

/** Selected node ids, first selected first. */
export const selectionOrder = (): readonly string[] => order;
