import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Inter as TrueType files for the rasteriser and the PDF writer (neither reads the WOFF2 an SVG
 * embeds). They live in assets/fonts (made by scripts/render-fonts.mjs): found from this module
 * in the source tree (CLI through tsx), from out/main in a build, or in a packaged app's resources.
 */
export interface FontFiles {
  regular: string;
  semiBold: string;
}

let found: FontFiles | null = null;

export function interFontFiles(): FontFiles {
  if (found) return found;
  const here = dirname(fileURLToPath(import.meta.url));
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  const candidates = [join(here, '../../assets/fonts'), join(here, '../../../assets/fonts'), ...(resources ? [join(resources, 'fonts')] : [])];
  for (const dir of candidates) {
    const files = { regular: join(dir, 'Inter-Regular.ttf'), semiBold: join(dir, 'Inter-SemiBold.ttf') };
    if (existsSync(files.regular) && existsSync(files.semiBold)) return (found = files);
  }
  throw new Error(`Inter's font files are missing (looked in ${candidates.join(', ')}); run "node scripts/render-fonts.mjs"`);
}
