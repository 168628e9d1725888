import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BandedSvg } from '../../shared/render';
import { interFontFiles } from './fonts';
import { drawBand, type BandJob, type EncodedBand } from './pngBand';
import { assemblePng } from './pngFile';

/**
 * SVG to PNG. A large picture is cut into bands (shared/render/bands.ts) drawn on as many threads
 * as the machine has cores, since drawing and deflating are all CPU; a small one is drawn in
 * place. Both ways give the same bytes, so the PNG does not depend on the machine.
 */
type Extra = { type: string; data: Uint8Array };

/** One SVG, drawn whole in place (small pictures, tests, the hostile-file corpus). */
export function rasterize(svg: string, scale: 1 | 2 | 3): Uint8Array {
  const band = drawBand({ svg, zoom: scale, fonts: interFontFiles(), last: true });
  return assemblePng(band.width, band.rows, [band]);
}

export async function rasterizeBands(picture: BandedSvg, extra: readonly Extra[] = []): Promise<Uint8Array> {
  const fonts = interFontFiles();
  const jobs: BandJob[] = picture.bands.map((b, i) => ({ svg: b.svg, zoom: 1, fonts, last: i === picture.bands.length - 1, opaque: picture.opaque }));
  const threads = Math.min(availableParallelism(), jobs.length, 8);
  const script = threads > 1 ? workerScript() : null;
  // A thread that cannot start or dies (a packaged app that cannot load the script) costs speed,
  // not the export; a band resvg cannot draw fails the export as it would in place.
  const bands = script
    ? await onThreads(script, jobs, threads).catch((error: unknown) => {
        if (error instanceof BandError) throw error;
        console.warn(`envelope: drawing the PNG's bands on this thread instead (${error instanceof Error ? error.message : String(error)})`);
        return jobs.map(drawBand);
      })
    : jobs.map(drawBand);
  for (const [i, band] of bands.entries()) {
    if (band.width !== picture.width || band.rows !== picture.bands[i]!.rows) {
      throw new Error(`band ${i + 1} of the PNG came out ${band.width} x ${band.rows} pixels, not ${picture.width} x ${picture.bands[i]!.rows}`);
    }
  }
  return assemblePng(picture.width, picture.height, bands, extra);
}

/**
 * How to start a band thread. In the build the worker is its own file (out/main/pngWorker.js, an
 * entry of electron.config.ts; this module may sit in out/main/chunks). From source (the CLI and
 * benches run through tsx) a thread does not inherit tsx's loader, so it registers it first and
 * then imports the TypeScript worker. Elsewhere (a test bundle, vitest) bands are drawn in place.
 */
type Script = { url: URL; eval?: string };

function workerScript(): Script | null {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) {
    const url = [new URL('./pngWorker.js', here), new URL('../pngWorker.js', here)].find((u) => existsSync(fileURLToPath(u)));
    return url ? { url } : null;
  }
  if (!process.execArgv.some((a) => a.includes('tsx'))) return null;
  const worker = new URL('./pngWorker.ts', here);
  const api = import.meta.resolve('tsx/esm/api');
  return { url: worker, eval: `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker.href)}); })` };
}

const startWorker = (script: Script): Worker => (script.eval ? new Worker(script.eval, { eval: true }) : new Worker(script.url));

/** A band the renderer could not draw: the same failure in place, so no reason to retry there. */
class BandError extends Error {}

/** Hands the bands out to `count` threads, each taking the next band when it finishes one. */
async function onThreads(script: Script, jobs: readonly BandJob[], count: number): Promise<EncodedBand[]> {
  const results: EncodedBand[] = new Array(jobs.length);
  let next = 0;
  const workers: Worker[] = [];
  try {
    for (let i = 0; i < count; i++) workers.push(startWorker(script));
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let done = false;
            const give = (): void => {
              if (next >= jobs.length) {
                done = true;
                return resolve();
              }
              const id = next++;
              worker.postMessage({ ...jobs[id]!, id });
            };
            worker.on('message', (m: { id: number; band?: EncodedBand; error?: string }) => {
              if (m.error !== undefined || !m.band) return reject(new BandError(m.error ?? 'a PNG band came back empty'));
              results[m.id] = m.band;
              give();
            });
            worker.once('error', reject);
            worker.once('messageerror', reject);
            // A thread that ends before its last band would otherwise leave the export waiting.
            worker.once('exit', (code) => done || reject(new Error(`a PNG thread stopped (exit code ${code})`)));
            give();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
