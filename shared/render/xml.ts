/**
 * Text into SVG safely: every label, name and note goes through here, so a label "<script>" or
 * "]]>" stays text. Characters XML 1.0 forbids (most control characters, lone surrogates,
 * U+FFFE/U+FFFF) would make the whole file unreadable to an XML parser, so they are dropped.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escaped for element content and for attribute values alike (quotes included). */
export function esc(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * A coordinate as text: two decimals at most, no trailing zeros, never "-0" or an exponent, so
 * the same design gives the same bytes on every machine.
 */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  if (rounded === 0 || !Number.isFinite(rounded)) return '0';
  return String(rounded);
}
