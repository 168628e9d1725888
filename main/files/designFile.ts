import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  exportWithoutDesign,
  MAX_DESIGN_FILE_BYTES,
  NOT_UTF8_MESSAGE,
  NUL_BYTES_MESSAGE,
  parseDesignFile,
  serializeDesignFile,
  tooLargeMessage,
  type Design,
  type DesignFileResult,
} from '../../shared/model';
import { atomicWriteFile } from './atomicWrite';

/**
 * `.envelope.json` files on disk, for the Electron shell's Save and Open dialogs, drag-and-drop
 * and the file association. The renderer never sees paths; it gets text through the contract.
 */
export type DesignFileText =
  | { ok: true; fileName: string; text: string }
  | { ok: false; code: 'invalidDocument' | 'notFound'; message: string };

/** Save a design as a file, atomically (see atomicWriteFile). */
export async function writeDesignFile(path: string, design: Design): Promise<void> {
  await atomicWriteFile(path, serializeDesignFile(design));
}

/**
 * Read a design file's text: refuse it unread when it is over the size cap, and refuse bytes
 * that are not UTF-8 instead of letting them become U+FFFD.
 */
export async function readDesignFileText(path: string): Promise<DesignFileText> {
  const fileName = basename(path);
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    const reason = (err as { code?: string }).code === 'ENOENT' ? 'it does not exist' : `it cannot be read (${(err as Error).message})`;
    return { ok: false, code: 'notFound', message: `"${fileName}" cannot be opened: ${reason}` };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { ok: false, code: 'notFound', message: `"${fileName}" cannot be opened: it is a folder or device, not a file` };
    const { size } = stat;
    if (size > MAX_DESIGN_FILE_BYTES) {
      return { ok: false, code: 'invalidDocument', message: `"${fileName}" cannot be opened: ${tooLargeMessage(size)}` };
    }
    const bytes = await handle.readFile();
    // Checked before decoding, in the order the text checks run, so both readers say the same.
    const ourExport = exportWithoutDesign(new TextDecoder().decode(bytes.subarray(0, 200)));
    if (ourExport) return { ok: false, code: 'invalidDocument', message: `"${fileName}" cannot be opened: ${ourExport}` };
    if (bytes.includes(0)) return { ok: false, code: 'invalidDocument', message: `"${fileName}" cannot be opened: ${NUL_BYTES_MESSAGE}` };
    try {
      return { ok: true, fileName, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      return { ok: false, code: 'invalidDocument', message: `"${fileName}" cannot be opened: ${NOT_UTF8_MESSAGE}` };
    }
  } finally {
    await handle.close();
  }
}

/** Read and check a design file; the result is the one importDesignFile answers with. */
export async function readDesignFile(path: string): Promise<DesignFileResult | Extract<DesignFileText, { ok: false }>> {
  const read = await readDesignFileText(path);
  if (!read.ok) return read;
  const parsed = parseDesignFile(read.text);
  return parsed.ok ? parsed : { ...parsed, message: `"${read.fileName}" cannot be opened: ${parsed.message}` };
}
