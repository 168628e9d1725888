import { fromBase64, toBase64, utf8 } from './bytes';

/**
 * The design inside an SVG, as Excalidraw carries its scene: base64 of the .envelope.json text
 * between comment markers in <metadata>. Base64 has no "--", "<" or "&", so the payload can
 * break neither the comment nor the XML, whatever the labels hold, and it is found by plain
 * string search, with no XML parser (and so no entities) involved.
 */
export const DESIGN_MIME = 'application/vnd.envelope+json';
const START = '<!-- payload-start -->';
const END = '<!-- payload-end -->';

export function svgDesignMetadata(designFileText: string): string {
  return `<metadata><!-- payload-type:${DESIGN_MIME} --><!-- payload-version:1 -->${START}${toBase64(utf8(designFileText))}${END}</metadata>\n`;
}

export type SvgPayload = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/** The embedded design's bytes, or why there are none. */
export function svgDesignPayload(svg: string): SvgPayload {
  const typeAt = svg.indexOf(`<!-- payload-type:${DESIGN_MIME} -->`);
  if (typeAt < 0) return { ok: false, message: 'the picture holds no Envelope design (it was not exported by Envelope with the design embedded)' };
  const start = svg.indexOf(START, typeAt);
  const end = start < 0 ? -1 : svg.indexOf(END, start);
  if (start < 0 || end < 0) return { ok: false, message: 'the design in the picture is cut short (its end marker is missing): the file is damaged' };
  const bytes = fromBase64(svg.slice(start + START.length, end));
  if (!bytes) return { ok: false, message: 'the design in the picture is damaged (its payload is not valid base64)' };
  return { ok: true, bytes };
}
