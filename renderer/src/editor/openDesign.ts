import { loadDesign, useEditor } from './store/editorStore';
import { useUi } from './commands/uiStore';

/** Past this many blocks the minimap starts hidden (Ctrl/Cmd+M shows it). */
const MINIMAP_AUTO_LIMIT = 500;

/**
 * Load a design into the editor, with the view settings that depend on its size. The minimap
 * redraws every block on every frame of a drag: past a few hundred blocks it costs more than the
 * canvas itself.
 */
export async function openDesign(id: string): Promise<void> {
  await loadDesign(id);
  useUi.getState().set({ showMinimap: useEditor.getState().nodes.length <= MINIMAP_AUTO_LIMIT });
}

let preloaded: { id: string; done: Promise<void> } | null = null;

/**
 * Start opening the design the page opened on before React's first render (main.tsx), so that
 * render draws the editor with the design in it: one render, layout and paint instead of the
 * editor's chrome first and the design in a second pass.
 */
export function preloadDesign(id: string): Promise<void> {
  const done = openDesign(id);
  preloaded = { id, done };
  return done;
}

/** The preloaded opening of `id`, once; later opens load afresh. */
export function takePreloadedDesign(id: string): Promise<void> | null {
  const taken = preloaded?.id === id ? preloaded.done : null;
  preloaded = null;
  return taken;
}
