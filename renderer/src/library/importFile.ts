import { api } from '../api/client';
import { ApiCallError, unwrap } from '../api/unwrap';
import { navigate } from '../app/route';
import { useToasts } from '../app/toasts';
import { useLibrary } from './libraryStore';
import { MAX_DESIGN_FILE_BYTES, tooLargeMessage } from '../../../shared/model/designFile';
import { serializeDesignFile } from '../../../shared/model';
import { designFromPicture, isPictureName, MAX_PICTURE_BYTES } from '../../../shared/render/picture';

/** The user's words for why a file did not open; the store's message already names the file and the reason. */
export function importFailureMessage(err: unknown): string {
  if (err instanceof ApiCallError && err.code === 'newerVersion') {
    return `${err.message}. It was made by a newer version of Envelope: update Envelope to open it. (Opening it read-only is not supported yet.) Nothing was changed.`;
  }
  const message = err instanceof Error ? err.message : String(err);
  return `${message}. Nothing was changed.`;
}

/**
 * Open a .envelope.json file the user picked or dropped: the store checks the whole file
 * (size, encoding, version, schema) and adds it as a new design, which then opens.
 * Returns the new design's id, or null after telling the user why not.
 */
export async function importDesignFromFile(file: File): Promise<string | null> {
  const toasts = useToasts.getState();
  try {
    // Beyond this the store refuses the file anyway; saying so here avoids reading 2 GB into a string.
    if (isPictureName(file.name) ? file.size > MAX_PICTURE_BYTES : file.size > MAX_DESIGN_FILE_BYTES) {
      throw new Error(`"${file.name}" cannot be opened: ${tooLargeMessage(file.size)}`);
    }
    // File.text() decodes as UTF-8, turning bad bytes into U+FFFD, which the store refuses by name.
    const text = isPictureName(file.name) ? await designTextFromPicture(file) : await file.text();
    const { summary, warnings } = await unwrap(api.importDesignFile({ fileName: file.name, text }));
    toasts.push('info', `Opened "${file.name}" as a new design${warnings.length > 0 ? `: ${warnings.join('; ')}` : ''}`);
    void useLibrary.getState().refresh();
    navigate({ view: 'editor', designId: summary.id });
    return summary.id;
  } catch (err) {
    toasts.push('error', importFailureMessage(err));
    return null;
  }
}

/**
 * An .envelope.svg or .envelope.png Envelope exported carries its design; take it out here
 * (shared/render/picture.ts, read-only) and hand the store its .envelope.json text, so the
 * store's one import path checks it like any design file.
 */
async function designTextFromPicture(file: File): Promise<string> {
  const found = designFromPicture(new Uint8Array(await file.arrayBuffer()));
  if (!found.ok) throw new Error(`"${file.name}" cannot be opened: ${found.message}`);
  return serializeDesignFile(found.design);
}
