/**
 * Every size limit of a design, in one place, so that what the editor can make, the store can
 * save, a file can hold, the importer can read and the browser host can receive always agree
 * (issue 18: a design within the old limits exported to a file Envelope would not open again).
 * Pure numbers, no imports: shared/model and main/ both derive from here.
 */

/** Most elements a design may hold; the document schema and the restore step both check them. */
export const DESIGN_LIMITS = { blocks: 50_000, edges: 200_000, groups: 5_000 } as const;

/**
 * The longest text each field of a design may hold, in UTF-16 characters (what JavaScript and zod
 * count). With the element counts above they bound a design; MAX_DOCUMENT_BYTES bounds it in bytes.
 */
export const FIELD_LIMITS = {
  nameChars: 200,
  labelChars: 500,
  idChars: 100,
  kindChars: 60,
  handleChars: 40,
  paramNameChars: 100,
  textParamChars: 10_000,
  /** Canvas coordinates and sizes, in px. */
  canvasPx: 100_000_000,
} as const;

/** Design files over 50 MB (decimal) are refused unread, by the app and the CLI alike. */
export const MAX_DESIGN_FILE_BYTES = 50_000_000;

/**
 * A stored design's compact JSON is at most half a file. The export writes the compact form when
 * the indented one would not fit, and the compact file form is at most twice the stored text
 * (U+FFFD, 3 bytes in UTF-8, is written as the 6-byte escape \ufffd; nothing else grows), so every
 * design the store accepts exports to a file the importer opens.
 */
export const MAX_DOCUMENT_BYTES = MAX_DESIGN_FILE_BYTES / 2;

/** A file name sent with an import is at most this many characters. */
export const MAX_FILE_NAME_CHARS = 1_000;

/** Room for an operation's own fields around the document or file text (ids, names, keys). */
const REQUEST_OVERHEAD_BYTES = 64_000;

/**
 * The browser host's request body limit. The largest request is an import: a whole file as a JSON
 * string, where escaping can double every byte (each quote and newline), plus its name escaped
 * (at most 6 bytes a character). Every other request carries at most one document.
 */
export const MAX_REQUEST_BYTES = 2 * MAX_DESIGN_FILE_BYTES + 6 * MAX_FILE_NAME_CHARS + REQUEST_OVERHEAD_BYTES;

/** Decimal megabytes for messages: 50000000 -> "50 MB", 61300000 -> "61.3 MB". */
export function megabytes(bytes: number): string {
  const mb = bytes / 1_000_000;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/** UTF-8 length of a string without encoding it (shared/ has no Buffer or TextEncoder types). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3; // includes a lone surrogate, which UTF-8 writes as U+FFFD (3 bytes)
  }
  return bytes;
}
