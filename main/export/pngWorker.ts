import { parentPort } from 'node:worker_threads';
import { drawBand, type BandJob } from './pngBand';

/**
 * A thread that draws PNG bands (main/export/png.ts hands them out): one job at a time, the
 * result's bytes moved back, not copied. An error goes back as a message, so the export fails
 * with resvg's words rather than a dead thread.
 */
parentPort?.on('message', (job: BandJob & { id: number }) => {
  try {
    const band = drawBand(job);
    parentPort!.postMessage({ id: job.id, band }, [band.deflated.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
