import type { Design } from '../model/design';
import type { EstimateResult } from '../estimate';
import { ExportOptionsSchema, type ExportOptionsInput } from './options';
import { backgroundRect, composePicture, FONT_FAMILY_ATTR } from './svg';
import { num } from './xml';

/**
 * A picture cut into horizontal bands, each its own small SVG, so a large PNG can be drawn on
 * several threads at once: a band holds only the pieces that reach its rows, which also spares
 * each thread parsing (and laying out the text of) the whole picture.
 *
 * Each band's SVG is sized in pixels, with a viewBox that maps the band's part of the picture
 * onto them at the whole picture's scale (resvg's: pixel size over canvas size), so it is drawn
 * as the whole picture would be there, offset by a whole number of rows. The cut depends on the
 * picture's size alone, never on the machine, so the same design gives the same PNG everywhere.
 */
export interface SvgBand {
  /** First pixel row of the band in the whole picture, and how many rows it has. */
  top: number;
  rows: number;
  svg: string;
}

export interface BandedSvg {
  /** The whole picture in pixels, at the scale asked. */
  width: number;
  height: number;
  /** On a solid background: every pixel is opaque. */
  opaque: boolean;
  bands: SvgBand[];
}

/** About 16 megapixels a band: big enough that a band's fixed costs are small, small enough to share out. */
export const BAND_PIXELS = 16_000_000;
/** Strokes, arrowheads and anti-aliasing reach a little past a piece's box. */
const MARGIN = 4;

export function renderSvgBands(design: Design, input: ExportOptionsInput, result?: EstimateResult, bandPixels = BAND_PIXELS): BandedSvg {
  const options = ExportOptionsSchema.parse(input);
  const { scale } = options;
  const { frame, background, pieces } = composePicture(design, options, result);
  // The whole picture's SVG says num(...) of each; resvg rounds its size times the zoom.
  const [x, y, w, h] = [frame.x, frame.y, frame.w, frame.h].map((v) => Number(num(v))) as [number, number, number, number];
  const width = Math.max(1, Math.round(w * scale));
  const height = Math.max(1, Math.round(h * scale));
  const unitsPerRow = h / height;
  const step = Math.max(1, Math.floor(bandPixels / width));
  const bands: SvgBand[] = [];
  for (let top = 0; top < height; top += step) {
    const rows = Math.min(step, height - top);
    // Canvas units, at full precision: rounding them would shift the band by a fraction of a pixel.
    const y0 = y + top * unitsPerRow;
    const bandHeight = rows * unitsPerRow;
    const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${rows}" viewBox="${x} ${y0} ${w} ${bandHeight}" preserveAspectRatio="none" font-family="${FONT_FAMILY_ATTR}">\n`];
    if (background) parts.push(backgroundRect(x, y, w, h, background));
    for (const piece of pieces) {
      if (piece.bottom + MARGIN > y0 && piece.top - MARGIN < y0 + bandHeight) parts.push(piece.markup, '\n');
    }
    parts.push('</svg>\n');
    bands.push({ top, rows, svg: parts.join('') });
  }
  return { width, height, opaque: background !== null, bands };
}
