import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { serializeDesignFile } from '../../shared/model';
import { designFromPicture, isPictureName, MAX_PICTURE_BYTES } from '../../shared/render/picture';
import { readDesignFileText, type DesignFileText } from './designFile';

/**
 * An .envelope.svg or .envelope.png on disk (file association, a second launch) as the
 * .envelope.json text of the design it carries, so it goes through the one import operation
 * like any design file. Read-only; a picture without a design, or a damaged one, is refused
 * with its reason.
 */
export async function readDesignPictureText(path: string): Promise<DesignFileText> {
  const fileName = basename(path);
  let bytes: Uint8Array;
  try {
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      if (size > MAX_PICTURE_BYTES) return { ok: false, code: 'invalidDocument', message: `"${fileName}" cannot be opened: the picture is over 200 MB` };
      bytes = new Uint8Array(await handle.readFile());
    } finally {
      await handle.close();
    }
  } catch (err) {
    const reason = (err as { code?: string }).code === 'ENOENT' ? 'it does not exist' : `it cannot be read (${(err as Error).message})`;
    return { ok: false, code: 'notFound', message: `"${fileName}" cannot be opened: ${reason}` };
  }
  const found = designFromPicture(bytes);
  if (!found.ok) return { ok: false, code: 'invalidDocument', message: `"${fileName}" cannot be opened: ${found.message}` };
  return { ok: true, fileName, text: serializeDesignFile(found.design) };
}

/** Design files and pictures alike, chosen by name: what the Electron shell reads a path with. */
export const readDesignOrPictureText = (path: string): Promise<DesignFileText> => (isPictureName(path) ? readDesignPictureText(path) : readDesignFileText(path));
