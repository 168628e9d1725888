import { availableParallelism } from 'node:os';
import type { BandedSvg } from '../../shared/render';
import { interFontFiles } from './fonts';
import { drawBand, type BandJob } from './pngBand';
import { assemblePng } from './pngFile';
import { BandError, onThreads, workerScript } from './bandThreads';

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
