import { loadDesign } from './store/editorStore';

let preloaded: { id: string; done: Promise<void> } | null = null;

/**
 * Start opening the design the page opened on before React's first render (main.tsx), so that
 * render draws the editor with the design in it: one render, layout and paint instead of the
 * editor's chrome first and the design in a second pass.
 */
export function preloadDesign(id: string): Promise<void> {
  const done = loadDesign(id);
  preloaded = { id, done };
  return done;
}

/** The preloaded opening of `id`, once; later opens load afresh. */
export function takePreloadedDesign(id: string): Promise<void> | null {
  const taken = preloaded?.id === id ? preloaded.done : null;
  preloaded = null;
  return taken;
}
