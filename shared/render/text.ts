import { ADVANCES } from './fonts/metrics';

/**
 * Text measured with Inter's own advance widths (fonts/metrics.ts), so blocks come out the size
 * the canvas draws them without a DOM. Characters outside the table count as an average glyph.
 */
export type Weight = 400 | 600;

/** Inter's ascender and descender in em (hhea): a line of "normal" height is their sum. */
export const ASCENT = 0.96875;
export const DESCENT = 0.2421875;
export const LINE_HEIGHT = ASCENT + DESCENT;
const FALLBACK_EM = 0.6;

export function measure(text: string, size: number, weight: Weight = 400, letterSpacing = 0): number {
  const table = ADVANCES[weight];
  let em = 0;
  let count = 0;
  for (const ch of text) {
    em += table[ch.codePointAt(0)!] ?? FALLBACK_EM;
    count++;
  }
  return em * size + letterSpacing * count;
}

/** The baseline of one line of `size` text centred in a line box `lineHeight` tall at `top`. */
export function baseline(top: number, size: number, lineHeight = size * LINE_HEIGHT): number {
  return top + (lineHeight - size * LINE_HEIGHT) / 2 + size * ASCENT;
}

/**
 * Lines as CSS `white-space: pre-wrap` breaks them within `width`: at newlines, then between
 * words; a word wider than the line is broken between characters.
 */
export function wrap(text: string, size: number, width: number, weight: Weight = 400): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/(?<= )/)) {
      const candidate = line + word;
      if (measure(candidate.trimEnd(), size, weight) <= width || line === '') {
        line = candidate;
        while (measure(line.trimEnd(), size, weight) > width && line.length > 1) {
          let cut = line.length - 1;
          while (cut > 1 && measure(line.slice(0, cut), size, weight) > width) cut--;
          lines.push(line.slice(0, cut));
          line = line.slice(cut);
        }
      } else {
        lines.push(line.trimEnd());
        line = word;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
