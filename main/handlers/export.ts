import { exportDesign } from '../export/exportDesign';
import type { Handlers } from './types';

/** Pictures and reports through the contract: the app's Export dialog, the browser twin and tests share it with the CLI's code. */
export function exportHandlers(): Pick<Handlers, 'exportDesign'> {
  return {
    exportDesign: async ({ document, options }) => {
      const file = await exportDesign(document, options);
      return { fileName: file.fileName, mimeType: file.mimeType, base64: Buffer.from(file.bytes).toString('base64') };
    },
  };
}
