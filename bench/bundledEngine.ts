import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The engine as the app runs it: one ES module bundle, as Vite builds the estimate worker.
 * Loading the TypeScript sources through tsx instead makes every imported constant a getter call
 * (tsx's module interop), which the engine's per-connection loops pay thousands of times an
 * estimate and the app never does. `root` is the checkout whose engine to bundle, so a bench can
 * set another build beside this one.
 */
export async function loadBundledEngine(root: string): Promise<typeof import('../shared/estimate')> {
  const out = await build({ entryPoints: [resolve(root, 'shared/estimate/index.ts')], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' });
  const file = join(mkdtempSync(join(tmpdir(), 'envelope-engine-')), 'engine.mjs');
  writeFileSync(file, out.outputFiles[0]!.text);
  return (await import(pathToFileURL(file).href)) as typeof import('../shared/estimate');
}
