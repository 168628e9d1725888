import { api, saveOnUnload } from '../api/client';
import { useEditor } from './editorStore';

/** Quiet time after the last change before saving; short, so a reload right after an edit keeps it. */
const DEBOUNCE_MS = 250;

/**
 * Saves the open design whenever its document changes: no save button. A drag saves once, at its
 * end. One save is in flight at a time; changes made meanwhile are saved right after it.
 */
export function startAutosave(): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight = false;

  const dragging = (): boolean => useEditor.getState().nodes.some((n) => n.dragging);

  const flush = async (): Promise<void> => {
    timer = null;
    const state = useEditor.getState();
    if (inFlight || state.revision === state.savedRevision || !state.meta) return;
    if (dragging()) return; // the drag-end position change schedules the save
    const revision = state.revision;
    const document = state.document();
    if (!document) return;
    inFlight = true;
    state.setSaveState('saving');
    const result = await api.saveDesign({ id: document.id, document });
    inFlight = false;
    const now = useEditor.getState();
    if (now.meta?.id !== document.id) return; // another design was opened meanwhile
    if (result.ok) {
      now.setSaveState(now.revision === revision ? 'saved' : 'unsaved', revision);
      if (now.revision !== revision) schedule();
    } else {
      now.setSaveState('error');
      console.error(result.error.message);
    }
  };

  const schedule = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), DEBOUNCE_MS);
  };

  const unsubscribe = useEditor.subscribe((state, prev) => {
    if (state.revision !== prev.revision && state.meta && state.meta.id === prev.meta?.id) {
      if (state.saveState !== 'saving') state.setSaveState('unsaved');
      schedule();
    }
  });

  const onPageHide = (): void => {
    const state = useEditor.getState();
    if (state.revision === state.savedRevision) return;
    const document = state.document();
    if (document) saveOnUnload(document.id, document);
  };
  window.addEventListener('pagehide', onPageHide);
  window.addEventListener('beforeunload', onPageHide);

  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
    onPageHide();
    window.removeEventListener('pagehide', onPageHide);
    window.removeEventListener('beforeunload', onPageHide);
  };
}
