import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text of a PDF's numbers pages (after the diagram) as pdf.js reads it, one string per run
 * of text in the order it was drawn: a table cell by cell, row by row, a wrapped cell's lines
 * one after another. pdf.js may cut a run in two ("27" ".78%") with nothing between: such
 * pieces are joined again; a space or a line end between pieces ends a run.
 */
export async function pdfNumbersText(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: bytes.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const runs: string[] = [];
  let run = '';
  const end = (): void => {
    if (run.trim() !== '') runs.push(run.trim());
    run = '';
  };
  try {
    for (let p = 2; p <= pdf.numPages; p++) {
      for (const item of (await (await pdf.getPage(p)).getTextContent()).items) {
        if (!('str' in item)) continue;
        if (item.str.trim() === '') end();
        else run += item.str;
        if (item.hasEOL) end();
      }
      end();
    }
  } finally {
    await pdf.destroy();
  }
  return runs;
}

/** The text between a heading and the next, runs joined by spaces (so a wrapped cell reads whole again). */
export function section(runs: string[], heading: string, next: string): string {
  const start = runs.indexOf(heading);
  const end = runs.indexOf(next, start + 1);
  if (start < 0 || end < 0) throw new Error(`no section "${heading}" before "${next}" in ${JSON.stringify(runs)}`);
  return runs.slice(start + 1, end).join(' ');
}

/** A Markdown table after `## heading`, header and body, as cells (escapes kept). */
export function markdownTable(md: string, heading: string): string[][] {
  const body = md.split(`\n## ${heading}\n`)[1]!.split('\n## ')[0]!;
  return body
    .split('\n')
    .filter((l) => l.startsWith('| '))
    // Cells as they read: the report escapes \ ` * _ [ ] | < > # with a backslash (markdown.ts).
    .map((l) => l.slice(2, -2).split(' | ').map((cell) => cell.replace(/\\([\\`*_[\]|<>#])/g, '$1')));
}
