import { bitRate, bytes, plain } from '../format';
import type { Dimension } from './quantity';
import { WORKSHEET_FIGURES } from './worksheet';

/**
 * An engine figure as the app prints it everywhere else (shared/format): "25,463 rps", "10 GB",
 * "10.19 Mbit/s", "106". The worksheet, the review screen and the review's Markdown export all
 * print Envelope's figures through here, so the three read alike.
 */
export function formatFigure(value: number, dimension: Dimension): string {
  switch (dimension) {
    case 'rate':
      return `${plain(value)} rps`;
    case 'bytes':
      return Number.isFinite(value) ? bytes(value, 'decimal') : '—';
    case 'bitsPerSecond':
      return Number.isFinite(value) ? bitRate(value) : '—';
    case 'count':
      return plain(value);
  }
}

const DIMENSIONS = new Map<string, Dimension>(WORKSHEET_FIGURES.map((f) => [f.id, f.dimension]));

/** Envelope's side of a compared worksheet figure, or a dash when it has none; a figure id this version does not know prints as a count. */
export function engineFigureText(c: { id: string; engine: number | null }): string {
  return c.engine === null ? '—' : formatFigure(c.engine, DIMENSIONS.get(c.id) ?? 'count');
}
