import { api } from '../../api/client';
import { unwrap } from '../../api/unwrap';
import { reportError } from '../../app/toasts';
import { useEditor } from '../store/editorStore';
import { flushEdits } from './flushEdits';

/**
 * "Save as file…": the store writes the .envelope.json text (stable key order, pretty-printed)
 * and the browser downloads it; in Electron, Chromium's download shows the save dialog.
 */
export async function saveDesignAsFile(): Promise<void> {
  const id = useEditor.getState().meta?.id;
  if (!id) return;
  try {
    await flushEdits();
    const { fileName, text } = await unwrap(api.exportDesignFile({ id }));
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    // The click starts the download synchronously; the URL is only needed until then.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  } catch (err) {
    reportError(err);
  }
}
