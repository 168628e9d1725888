import type { OperationOutput } from '../../shared/api/contract';
import { DESIGN_FILE_EXTENSION } from '../../shared/model/designFile';
import type { DesignFileText } from '../files/designFile';
import type { Dispatch } from '../handlers/dispatch';

/** What opening a design file from disk needs from the shell; injected so tests need no Electron. */
export interface OpenFileDeps {
  dispatch: Dispatch;
  readText: (path: string) => Promise<DesignFileText>;
  /** Electron's recent documents (the dock menu, the Windows jump list). */
  addRecentDocument: (path: string) => void;
  showError: (title: string, message: string) => void;
}

/**
 * Design files named on a command line: a first launch or a second one, from a file manager or
 * the file association. Flags (`--data-dir=…`, Chromium's) are never paths.
 */
export function designPathsFromArgv(argv: readonly string[]): string[] {
  // Pictures Envelope exported (.envelope.svg, .envelope.png) carry their design and open too.
  return argv.filter((arg) => !arg.startsWith('-') && [DESIGN_FILE_EXTENSION, '.envelope.svg', '.envelope.png'].some((ext) => arg.toLowerCase().endsWith(ext)));
}

/**
 * Import a design file from a path through the same operation as the renderer's "Open file…",
 * so the same checks apply and nothing changes when it fails. Returns the new design's id, or
 * null after telling the user why not.
 */
export async function importDesignPath(path: string, deps: OpenFileDeps): Promise<string | null> {
  const read = await deps.readText(path);
  if (!read.ok) {
    deps.showError('Envelope cannot open this file', `${read.message}. Nothing was changed.`);
    return null;
  }
  const result = await deps.dispatch('importDesignFile', { fileName: read.fileName, text: read.text });
  if (!result.ok) {
    const newer = result.error.code === 'newerVersion' ? ' It was made by a newer version of Envelope: update Envelope to open it.' : '';
    deps.showError('Envelope cannot open this file', `${result.error.message}.${newer} Nothing was changed.`);
    return null;
  }
  deps.addRecentDocument(path);
  return (result.value as OperationOutput<'importDesignFile'>).summary.id;
}
