import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseDesignFile, type DesignFileResult } from '../../shared/model/designFile';
import { designFromPicture, isPictureName, MAX_PICTURE_BYTES } from '../../shared/render/picture';

/**
 * A design from a path for the CLI: a .envelope.json file, or a picture Envelope exported with
 * the design embedded (.envelope.svg, .envelope.png). Read-only. `io` marks a file that could
 * not be read at all, as opposed to one read and found not to be a design.
 */
export type CliDesign = DesignFileResult | { ok: false; code: 'io'; message: string };

export function readDesignForCli(path: string): CliDesign {
  const name = basename(path);
  try {
    if (isPictureName(path)) {
      const size = statSync(path).size;
      if (size > MAX_PICTURE_BYTES) return { ok: false, code: 'invalidDocument', message: `${name}: the picture is too large (${(size / 1e6).toFixed(1)} MB); Envelope opens pictures up to 200 MB` };
      const result = designFromPicture(new Uint8Array(readFileSync(path)));
      return result.ok ? result : { ...result, message: `${name}: ${result.message}` };
    }
    const result = parseDesignFile(readFileSync(path, 'utf8'));
    return result.ok ? result : { ...result, message: `${name}: ${result.message}` };
  } catch (err) {
    return { ok: false, code: 'io', message: `cannot read ${path}: ${err instanceof Error ? err.message : String(err)}` };
  }
}
