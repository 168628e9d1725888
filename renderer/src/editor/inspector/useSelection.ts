import { useShallow } from 'zustand/react/shallow';
import { useEditor } from '../store/editorStore';

const selectedIds = (items: readonly { id: string; selected?: boolean }[]): string[] => {
  const ids: string[] = [];
  for (const item of items) if (item.selected) ids.push(item.id);
  return ids;
};

/**
 * The ids of the selected nodes and edges. Compared element by element, so dragging or editing
 * anything (a new nodes array every frame) re-renders the inspector only when the selection
 * itself changes.
 */
export function useSelection(): { nodeIds: string[]; edgeIds: string[] } {
  const nodeIds = useEditor(useShallow((s) => selectedIds(s.nodes)));
  const edgeIds = useEditor(useShallow((s) => selectedIds(s.edges)));
  return { nodeIds, edgeIds };
}
