import { reportError } from '../../app/toasts';
import { applyPositions } from '../store/actions';
import { useEditor } from '../store/editorStore';
import type { LayoutDirection } from './elkGraph';

/**
 * The auto-layout command: lay out the whole canvas and commit it as one undo step. ELK (about
 * 1.5 MB) is imported on first use, whoever imports this module, so opening the editor never pays
 * for it. Resolves true when the layout was applied.
 */
export async function runAutoLayout(direction: LayoutDirection): Promise<boolean> {
  const { nodes, edges } = useEditor.getState();
  if (nodes.length === 0) return false;
  try {
    const { autoLayout } = await import('./autoLayout');
    const { positions, sizes } = await autoLayout(nodes, edges, direction);
    // Nodes deleted while ELK ran are simply not found; nodes added meanwhile keep their place.
    applyPositions(positions, sizes);
    return true;
  } catch (err) {
    reportError(new Error(`Auto-layout failed: ${err instanceof Error ? err.message : String(err)}`));
    return false;
  }
}
