import { Resvg } from '@resvg/resvg-js';
import { constants, deflateRawSync } from 'node:zlib';
import type { FontFiles } from './fonts';
import { adler32 } from './adler32';
import { concatBytes } from '../../shared/render/bytes';

/**
 * One band of a PNG: drawn by resvg (Rust, shipped as a prebuilt binary in its npm package: no
 * browser, the same pixels on every machine, Inter from our files and no system font ever
 * consulted), then its rows filtered and deflated into a piece of the picture's one zlib stream.
 * Runs on a worker thread, or in place when the picture is a single band.
 */
export interface BandJob {
  svg: string;
  /** resvg's zoom: the scale for a whole picture's SVG; 1 for a band, whose SVG is sized in pixels. */
  zoom: number;
  fonts: FontFiles;
  /** The band ends the picture: its deflate piece closes the stream. */
  last: boolean;
  /** Drawn on a solid background, so every pixel is opaque and needs no unpremultiplying. */
  opaque?: boolean;
}

export interface EncodedBand {
  /** Raw deflate: ends on a byte boundary with a sync flush, or, for the last band, with the final block. */
  deflated: Uint8Array;
  /** Adler-32 of the band's filtered rows, and their length, for the stream's checksum. */
  adler: number;
  length: number;
  width: number;
  rows: number;
}

/** Rows deflated at a time: a few megabytes, so the filtered copy stays small. */
const STRIP_ROWS = 64;

export function drawBand(job: BandJob): EncodedBand {
  const resvg = new Resvg(job.svg, {
    fitTo: { mode: 'zoom', value: job.zoom },
    font: { fontFiles: [job.fonts.regular, job.fonts.semiBold], loadSystemFonts: false, defaultFontFamily: 'Inter' },
    // Exports draw everything themselves; nothing may be fetched while rasterising.
    imageRendering: 0,
    shapeRendering: 2,
    textRendering: 1,
  });
  const image = resvg.render();
  const { width, height } = image;
  const pixels = image.pixels;
  if (!job.opaque) unpremultiply(pixels);
  return { ...encodeRows(pixels, width, height, job.last), width, rows: height };
}

/**
 * resvg's pixels are premultiplied; PNG's are not. Opaque and empty pixels (nearly all of them)
 * stay as they are; the rest are divided as tiny-skia does, so the PNG matches resvg's own.
 */
export function unpremultiply(pixels: Uint8Array): void {
  for (let i = 3; i < pixels.length; i += 4) {
    const a = pixels[i]!;
    if (a === 255 || a === 0) continue;
    for (let c = i - 3; c < i; c++) pixels[c] = Math.min(255, Math.floor((pixels[c]! * 255) / a + 0.5));
  }
}

/**
 * Filter type 0 (none) on every row: the picture is mostly flat colour, which deflate finds on
 * its own, and it leaves each row as it is (a copy, no arithmetic), which is what makes bands
 * cheap. Level 1: a 2x picture of a large design is hundreds of megabytes of pixels.
 */
function encodeRows(pixels: Uint8Array, width: number, rows: number, last: boolean): Pick<EncodedBand, 'deflated' | 'adler' | 'length'> {
  const stride = width * 4;
  const strip = new Uint8Array((stride + 1) * Math.min(STRIP_ROWS, rows));
  const pieces: Uint8Array[] = [];
  let adler = 1;
  let length = 0;
  for (let y0 = 0; y0 < rows; y0 += STRIP_ROWS) {
    const n = Math.min(STRIP_ROWS, rows - y0);
    for (let y = 0; y < n; y++) {
      const at = y * (stride + 1);
      strip[at] = 0;
      strip.set(pixels.subarray((y0 + y) * stride, (y0 + y + 1) * stride), at + 1);
    }
    const filtered = strip.subarray(0, n * (stride + 1));
    adler = adler32(filtered, adler);
    length += filtered.length;
    const end = last && y0 + n >= rows;
    pieces.push(deflateRawSync(filtered, { level: 1, finishFlush: end ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }));
  }
  return { deflated: concatBytes(pieces), adler, length };
}
