import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BandJob, EncodedBand } from './pngBand';

/**
 * The threads that draw PNG bands. They are kept between exports (a docs build exporting a
 * folder, or the app exporting again) since starting one costs more than a small band: idle
 * threads do not hold the process open and end after IDLE_MS.
 */
const IDLE_MS = 15_000;

/**
 * How to start a band thread. In the build the worker is its own file (out/main/pngWorker.js, an
 * entry of electron.config.ts; this module may sit in out/main/chunks). From source (the CLI and
 * benches run through tsx) a thread does not inherit tsx's loader, so it registers it first and
 * then imports the TypeScript worker. Elsewhere (a test bundle, vitest) there are no threads and
 * bands are drawn in place.
 */
type Script = { url: URL; eval?: string };

export function workerScript(): Script | null {
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

/** A band the renderer could not draw: the same failure in place, so no reason to retry there. */
export class BandError extends Error {}

const idle: Worker[] = [];
let idleTimer: NodeJS.Timeout | null = null;

function take(script: Script): Worker {
  // A kept thread that has stopped but not yet said so (its threadId is -1 from then) is skipped.
  for (let kept = idle.pop(); kept; kept = idle.pop()) if (kept.threadId >= 0) return kept;
  const worker = script.eval ? new Worker(script.eval, { eval: true }) : new Worker(script.url);
  // A kept thread that fails while idle leaves the pool rather than failing the next export (or
  // the process: an 'error' nobody listens to would be thrown); during an export onThreads hears it.
  worker.on('error', () => undefined);
  worker.on('exit', () => {
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
  });
  return worker;
}

function giveBack(workers: readonly Worker[]): void {
  for (const worker of workers) {
    worker.unref();
    idle.push(worker);
  }
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = setTimeout(() => void endIdle(), IDLE_MS);
  idleTimer.unref();
}

/** Ends the kept threads (after IDLE_MS, or at once from tests and shutdown). */
export async function endIdle(): Promise<void> {
  const ending = idle.splice(0);
  await Promise.all(ending.map((w) => w.terminate()));
}

/** Hands the bands out to `count` threads, each taking the next band when it finishes one. */
export async function onThreads(script: Script, jobs: readonly BandJob[], count: number): Promise<EncodedBand[]> {
  const results: EncodedBand[] = new Array(jobs.length);
  let next = 0;
  const workers: Worker[] = [];
  const cleanups: (() => void)[] = [];
  let failed = false;
  try {
    for (let i = 0; i < count; i++) workers.push(take(script));
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
            const onMessage = (m: { id: number; band?: EncodedBand; error?: string }): void => {
              if (m.error !== undefined || !m.band) return reject(new BandError(m.error ?? 'a PNG band came back empty'));
              results[m.id] = m.band;
              give();
            };
            // A thread that ends before its last band would otherwise leave the export waiting.
            const onExit = (code: number): void => void (done || reject(new Error(`a PNG thread stopped (exit code ${code})`)));
            worker.on('message', onMessage);
            worker.on('error', reject);
            worker.on('messageerror', reject);
            worker.on('exit', onExit);
            cleanups.push(() => {
              worker.off('message', onMessage);
              worker.off('error', reject);
              worker.off('messageerror', reject);
              worker.off('exit', onExit);
            });
            worker.ref();
            give();
          }),
      ),
    );
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    for (const cleanup of cleanups) cleanup();
    // A thread in an unknown state (one failed, or a band is still running on it) is not kept.
    if (failed) await Promise.all(workers.map((w) => w.terminate()));
    else giveBack(workers);
  }
  return results;
}
