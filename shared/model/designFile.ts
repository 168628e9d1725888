import { MAX_DESIGN_FILE_BYTES, megabytes, utf8Bytes } from '../api/limits';
import { DesignSchema, type Design } from './design';
import { documentSizeProblem } from './documentSize';
import { restoreDesign } from './restore';

export { MAX_DESIGN_FILE_BYTES };

/**
 * The `.envelope.json` file format: the design document itself, pretty-printed with a fixed key
 * order so that saving the same design twice gives the same bytes and a git diff shows only what
 * changed. docs/file-format.md describes it; docs/envelope.schema.json is generated from DesignSchema.
 */
export const DESIGN_FILE_EXTENSION = '.envelope.json';

export type DesignFileResult =
  | { ok: true; design: Design; warnings: string[] }
  | { ok: false; code: 'invalidDocument' | 'newerVersion'; message: string };

const REPLACEMENT_CHARACTER = '\uFFFD';

/**
 * Keys in schema order (zod builds its output in the order of the shape), parameter maps sorted by
 * key, two-space indent and a final newline. U+FFFD is written escaped, because a raw one in a
 * file means bytes that were not UTF-8 (see parseDesignFile), and a label may legitimately hold one.
 * A design whose indented form would pass the file limit is written compact, on one line: the same
 * document, same key order, and always within the limit (see MAX_DOCUMENT_BYTES).
 */
export function serializeDesignFile(design: Design): string {
  const ordered = DesignSchema.parse(design);
  const sortParams = (key: string, value: unknown): unknown => {
    if (key !== 'params' || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  };
  const form = (indent: number): string => `${JSON.stringify(ordered, sortParams, indent).replaceAll(REPLACEMENT_CHARACTER, '\\ufffd')}\n`;
  const indented = form(2);
  // A UTF-16 unit is at most 3 UTF-8 bytes: short texts fit without counting.
  if (indented.length * 3 <= MAX_DESIGN_FILE_BYTES || utf8Bytes(indented) <= MAX_DESIGN_FILE_BYTES) return indented;
  return form(0);
}

export const tooLargeMessage = (bytes: number): string =>
  `the file is too large (${megabytes(bytes)}); Envelope opens design files up to ${megabytes(MAX_DESIGN_FILE_BYTES)}`;
export const NUL_BYTES_MESSAGE = 'the file holds NUL bytes: it is binary or in another encoding (such as UTF-16), not a design';
/**
 * Our own exports that hold no design (a PDF, a Mermaid diagram, a Markdown report): said as
 * such, with what to open instead, rather than "NUL bytes" or "not valid JSON".
 */
export function exportWithoutDesign(start: string): string | null {
  const head = start.slice(0, 200).trimStart();
  const instead = 'open the design file (.envelope.json), or a picture exported with the design (.envelope.svg or .envelope.png), instead';
  if (head.startsWith('%PDF-')) return `the file is a PDF: an exported PDF holds the picture and the figures, not the design; ${instead}`;
  if (/^(flowchart|graph) (LR|RL|TB|TD|BT)\b/.test(head)) return `the file is a Mermaid diagram: it holds the blocks' names and connections, not their parameters or the workload; ${instead}`;
  if (head.startsWith('# ') && start.includes('```mermaid')) return `the file is a Markdown report: it holds the figures, not the design; ${instead}`;
  return null;
}

export const NOT_UTF8_MESSAGE = 'the file is not UTF-8 text: some of its bytes could not be read as UTF-8 (was it saved in another encoding?)';

/**
 * Read the text of a design file: refuse what is oversized, binary or not UTF-8 before parsing,
 * then go through restoreDesign (migrate, validate, repair). Changes nothing anywhere.
 */
export function parseDesignFile(text: string): DesignFileResult {
  const invalid = (message: string): DesignFileResult => ({ ok: false, code: 'invalidDocument', message });
  // A UTF-16 code unit is at least one UTF-8 byte, so this errs towards accepting.
  if (text.length > MAX_DESIGN_FILE_BYTES) {
    return invalid(tooLargeMessage(text.length));
  }
  if (text.length === 0) return invalid('the file is empty (0 bytes)');
  const ourExport = exportWithoutDesign(text);
  if (ourExport) return invalid(ourExport);
  if (text.includes('\0')) return invalid(NUL_BYTES_MESSAGE);
  if (text.includes(REPLACEMENT_CHARACTER)) {
    return invalid(NOT_UTF8_MESSAGE);
  }
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const restored = restoreDesign(withoutBom);
  if (!restored.ok) return { ok: false, code: restored.code === 'newerVersion' ? 'newerVersion' : 'invalidDocument', message: restored.message };
  const tooLarge = documentSizeProblem(utf8Bytes(JSON.stringify(restored.design)));
  if (tooLarge) return invalid(tooLarge);
  const warnings = [...restored.repairs];
  if (restored.migratedFrom !== null) {
    warnings.unshift(`the file was written by an older Envelope (schemaVersion ${restored.migratedFrom}) and was updated to the current format`);
  }
  return { ok: true, design: restored.design, warnings };
}

/** A file name for a design: its name without characters file systems reject, plus the extension. */
export function designFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const safe = name.replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '').slice(0, 100).trim();
  return `${safe || 'design'}${DESIGN_FILE_EXTENSION}`;
}
