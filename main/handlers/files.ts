import { ApiFailure } from '../../shared/api/result';
import { designFileName, parseDesignFile, serializeDesignFile } from '../../shared/model';
import type { DesignRepository } from '../store/designs';
import type { Handlers } from './types';

/** What a file is called in messages: its name as given, shortened, with nothing that could fake a line. */
// eslint-disable-next-line no-control-regex
const shown = (fileName: string): string => fileName.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 120) || 'the file';

/**
 * .envelope.json text in and out. The renderer reads and writes the bytes (download, drag and
 * drop); the Electron shell uses main/files for dialogs. Importing changes nothing unless the
 * whole file passes: size, encoding, JSON, schema version, validation.
 */
export function fileHandlers(designs: DesignRepository): Pick<Handlers, 'exportDesignFile' | 'importDesignFile'> {
  return {
    exportDesignFile: ({ id }) => {
      const { document } = designs.get(id);
      return { fileName: designFileName(document.name), text: serializeDesignFile(document) };
    },
    importDesignFile: ({ fileName, text }) => {
      const parsed = parseDesignFile(text);
      if (!parsed.ok) throw new ApiFailure(parsed.code, `"${shown(fileName)}" cannot be opened: ${parsed.message}`);
      return { summary: designs.importDesign(parsed.design, shown(fileName)), warnings: parsed.warnings };
    },
  };
}
