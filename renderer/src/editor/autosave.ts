import { api, fitsWithPage, isDesktop, sendWithPage, type LeavingSave } from '../api/client';
import { diffDesign, isEmptyPatch, type Design } from '../../../shared/model';
import { currentDocument, setSaveState, useEditor } from './store/editorStore';
import { useToasts } from '../app/toasts';

/** Quiet time after the last change before saving; short, so a reload right after an edit keeps it. */
const DEBOUNCE_MS = 250;
/** After a failed save, try again on this delay even if nothing else changes. */
const RETRY_MS = 2000;

/**
 * Saves the open design whenever its document changes: no save button. A drag saves once, at its
 * end. One save is in flight at a time; changes made meanwhile are saved right after it.
 * When the page goes, what is unsaved leaves with it as the change since the last save (small
 * at any design size); if even that is too large to leave, the page asks to stay and saves.
 */
export function startAutosave(): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight = false;
  // The document the store holds as far as this page knows, and the one on its way there.
  let confirmed: Design | null = useEditor.getState().status === 'ready' ? currentDocument() : null;
  let sending: Design | null = null;
  // The reason last told to the user, so a save retried every two seconds does not repeat it.
  let toldError: string | null = null;

  const flush = async (): Promise<void> => {
    timer = null;
    const state = useEditor.getState();
    if (inFlight || state.revision === state.savedRevision || !state.meta) return;
    if (state.gestureBase) return; // the gesture's end bumps the revision and schedules the save
    const revision = state.revision;
    const document = currentDocument();
    if (!document) return;
    inFlight = true;
    sending = document;
    setSaveState('saving');
    const result = await api.saveDesign({ id: document.id, document });
    inFlight = false;
    sending = null;
    const now = useEditor.getState();
    if (now.meta?.id !== document.id) return; // another design was opened meanwhile
    if (result.ok) {
      confirmed = document;
      toldError = null;
      setSaveState(now.revision === revision ? 'saved' : 'unsaved', revision);
      if (now.revision !== revision) schedule(DEBOUNCE_MS);
    } else {
      setSaveState('error');
      console.error(`autosave failed: ${result.error.message}`);
      // A refusal (a design over the size limit, say) will not pass on retry: the user must hear why.
      if (result.error.code !== 'internal' && result.error.message !== toldError) {
        toldError = result.error.message;
        useToasts.getState().push('error', `Not saved: ${result.error.message}`);
      }
      schedule(RETRY_MS);
    }
  };

  const schedule = (delay: number): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), delay);
  };

  const unsubscribe = useEditor.subscribe((state, prev) => {
    if (state.meta?.id !== prev.meta?.id || (state.status === 'ready' && prev.status !== 'ready')) {
      // A design was opened: what it was loaded as is what the store holds.
      confirmed = state.meta && state.status === 'ready' ? currentDocument() : null;
      sending = null;
      return;
    }
    if (state.revision !== prev.revision && state.meta) {
      if (state.saveState !== 'saving' && state.saveState !== 'unsaved') setSaveState('unsaved');
      schedule(DEBOUNCE_MS);
    }
  });

  /** What must leave with the page for nothing to be lost, or null when all is saved. */
  const leavingSave = (): LeavingSave | null => {
    const state = useEditor.getState();
    if (state.revision === state.savedRevision) return null;
    const document = currentDocument();
    if (!document) return null;
    if (isDesktop || confirmed?.id !== document.id) return { operation: 'saveDesign', input: { id: document.id, document } };
    const changes = diffDesign(confirmed, document, sending ? [sending] : []);
    if (isEmptyPatch(changes)) return null;
    return { operation: 'saveDesignChanges', input: { id: document.id, changes } };
  };

  const flushOnLeave = (): void => {
    const save = leavingSave();
    if (save && !sendWithPage(save)) console.error('the last change was too large to leave with the page');
  };
  // A change too large to leave with the page: ask to stay, and save it meanwhile.
  const holdIfTooLarge = (event: BeforeUnloadEvent): void => {
    const save = leavingSave();
    if (!save || fitsWithPage(save)) return;
    event.preventDefault();
    event.returnValue = '';
    schedule(0);
  };
  window.addEventListener('pagehide', flushOnLeave);
  window.addEventListener('beforeunload', holdIfTooLarge);

  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
    flushOnLeave();
    window.removeEventListener('pagehide', flushOnLeave);
    window.removeEventListener('beforeunload', holdIfTooLarge);
  };
}
