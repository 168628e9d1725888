import { parseDesignFile, type DesignFileResult } from '../model/designFile';
import { fromUtf8 } from './bytes';
import { svgDesignPayload } from './embedSvg';
import { isPng, pngDesignPayload } from './png';

/**
 * Open an exported picture as the design it shows: find the embedded design (SVG <metadata>,
 * PNG iTXt), then read it exactly as a .envelope.json file is read (size, encoding, version,
 * schema, repair). Pure and read-only: a picture without a design, or with a damaged one, gets
 * a message saying which, and nothing anywhere changes.
 */
export const PICTURE_EXTENSIONS = ['.envelope.svg', '.envelope.png', '.svg', '.png'] as const;

/** Pictures larger than this are refused unread; a PNG of the largest design at 3x stays well under. */
export const MAX_PICTURE_BYTES = 200_000_000;

export const isPictureName = (fileName: string): boolean => /\.(svg|png)$/i.test(fileName);

type Failure = Extract<DesignFileResult, { ok: false }>;
const invalid = (message: string): Failure => ({ ok: false, code: 'invalidDocument', message });

/** Which kind of picture the bytes are, by content (a name can lie). */
function kindOf(bytes: Uint8Array): 'png' | 'svg' | null {
  if (isPng(bytes)) return 'png';
  const head = String.fromCharCode(...bytes.subarray(0, 1024)).replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  return head.startsWith('<') ? 'svg' : null;
}

function svgRefusal(svg: string): string | null {
  // Exports never hold these; an SVG that does was made or changed by something else, and a
  // DOCTYPE can declare entities (billion laughs, external files) that no reader here should meet.
  if (/<!DOCTYPE|<!ENTITY/i.test(svg)) return 'the SVG declares a DOCTYPE or entities, which Envelope pictures never hold; it was not opened';
  if (/<script[\s>/]/i.test(svg)) return 'the SVG contains a script, which Envelope pictures never hold; it was not opened';
  if (/<foreignObject[\s>/]/i.test(svg)) return 'the SVG contains foreign HTML (foreignObject), which Envelope pictures never hold; it was not opened';
  if (/\son[a-z]+\s*=/i.test(svg)) return 'the SVG contains event handlers (on… attributes), which Envelope pictures never hold; it was not opened';
  return null;
}

export function designFromPicture(bytes: Uint8Array): DesignFileResult {
  if (bytes.length === 0) return invalid('the file is empty (0 bytes)');
  if (bytes.length > MAX_PICTURE_BYTES) return invalid(`the picture is too large (${(bytes.length / 1_000_000).toFixed(1)} MB); Envelope opens pictures up to 200 MB`);
  const kind = kindOf(bytes);
  if (kind === null) return invalid('the file is neither a PNG nor an SVG picture (its first bytes are neither the PNG signature nor XML)');
  let payload: Uint8Array;
  if (kind === 'png') {
    const found = pngDesignPayload(bytes);
    if (!found.ok) return invalid(found.message);
    payload = found.bytes;
  } else {
    let svg: string;
    try {
      svg = fromUtf8(bytes);
    } catch {
      return invalid('the SVG is not UTF-8 text');
    }
    const refusal = svgRefusal(svg);
    if (refusal) return invalid(refusal);
    const found = svgDesignPayload(svg);
    if (!found.ok) return invalid(found.message);
    payload = found.bytes;
  }
  let text: string;
  try {
    text = fromUtf8(payload);
  } catch {
    return invalid('the design in the picture is damaged (its text is not UTF-8)');
  }
  const parsed = parseDesignFile(text);
  if (parsed.ok) return parsed;
  return { ...parsed, message: `the design in the picture cannot be read: ${parsed.message}` };
}
