import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

/**
 * Bundle a child process's entry once into node_modules/.cache (starting it through tsx takes a
 * second, too slow for tests that start it dozens of times). Native and file-reading packages stay
 * external and load from node_modules, as in the app's own build. Returns the bundle's path.
 */
export async function bundleChild(entry: string, name: string): Promise<string> {
  const outfile = join(root, 'node_modules/.cache/envelope-tests', `${name}.mjs`);
  mkdirSync(join(outfile, '..'), { recursive: true });
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3', '@resvg/resvg-js', 'pdfkit', 'svg-to-pdfkit'],
    outfile,
    logLevel: 'error',
  });
  return outfile;
}
