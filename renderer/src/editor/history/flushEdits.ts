import { api } from '../../api/client';
import { unwrap } from '../../api/unwrap';
import { currentDocument, setSaveState, useEditor } from '../store/editorStore';

/** Resolves once no autosave is in flight, so ours cannot be overtaken by an older one. */
function autosaveIdle(): Promise<void> {
  if (useEditor.getState().saveState !== 'saving') return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = useEditor.subscribe((s) => {
      if (s.saveState === 'saving') return;
      unsubscribe();
      resolve();
    });
  });
}

/**
 * Save the open design now instead of after autosave's debounce. Versions, restores and file
 * exports read the stored document, so an edit made a moment ago must be stored first. Marking
 * the revision saved also cancels the pending autosave, which would otherwise write the old
 * document after a restore.
 */
export async function flushEdits(): Promise<void> {
  await autosaveIdle();
  const s = useEditor.getState();
  if (s.revision === s.savedRevision || s.gestureBase) return;
  const document = currentDocument();
  if (!document) return;
  const revision = s.revision;
  setSaveState('saving');
  try {
    await unwrap(api.saveDesign({ id: document.id, document }));
    setSaveState(useEditor.getState().revision === revision ? 'saved' : 'unsaved', revision);
  } catch (err) {
    setSaveState('error');
    throw err;
  }
}
