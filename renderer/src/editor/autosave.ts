import { api, saveOnUnload } from '../api/client';
import { currentDocument, setSaveState, useEditor } from './store/editorStore';

/** Quiet time after the last change before saving; short, so a reload right after an edit keeps it. */
const DEBOUNCE_MS = 250;
/** After a failed save, try again on this delay even if nothing else changes. */
const RETRY_MS = 2000;

/**
 * Saves the open design whenever its document changes: no save button. A drag saves once, at its
 * end. One save is in flight at a time; changes made meanwhile are saved right after it.
 */
export function startAutosave(): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight = false;

  const flush = async (): Promise<void> => {
    timer = null;
    const state = useEditor.getState();
    if (inFlight || state.revision === state.savedRevision || !state.meta) return;
    if (state.gestureBase) return; // the gesture's end bumps the revision and schedules the save
    const revision = state.revision;
    const document = currentDocument();
    if (!document) return;
    inFlight = true;
    setSaveState('saving');
    const result = await api.saveDesign({ id: document.id, document });
    inFlight = false;
    const now = useEditor.getState();
    if (now.meta?.id !== document.id) return; // another design was opened meanwhile
    if (result.ok) {
      setSaveState(now.revision === revision ? 'saved' : 'unsaved', revision);
      if (now.revision !== revision) schedule(DEBOUNCE_MS);
    } else {
      setSaveState('error');
      console.error(`autosave failed: ${result.error.message}`);
      schedule(RETRY_MS);
    }
  };

  const schedule = (delay: number): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), delay);
  };

  const unsubscribe = useEditor.subscribe((state, prev) => {
    if (state.revision !== prev.revision && state.meta && state.meta.id === prev.meta?.id) {
      if (state.saveState !== 'saving' && state.saveState !== 'unsaved') setSaveState('unsaved');
      schedule(DEBOUNCE_MS);
    }
  });

  const flushOnLeave = (): void => {
    const state = useEditor.getState();
    if (state.revision === state.savedRevision) return;
    const document = currentDocument();
    if (document) saveOnUnload(document.id, document);
  };
  window.addEventListener('pagehide', flushOnLeave);

  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
    flushOnLeave();
    window.removeEventListener('pagehide', flushOnLeave);
  };
}
