/**
 * UTF-8 and base64 without Node's Buffer or the DOM's btoa (shared/ runs in both, and btoa
 * takes only Latin-1 strings).
 */
interface TextCodecs {
  TextEncoder: new () => { encode(text: string): Uint8Array };
  TextDecoder: new (label: string, options: { fatal: boolean }) => { decode(bytes: Uint8Array): string };
}
const codecs = globalThis as unknown as TextCodecs;

/** Byte arrays end to end, in one new array. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export const utf8 = (text: string): Uint8Array => new codecs.TextEncoder().encode(text);

/** Throws on bytes that are not UTF-8 rather than turning them into U+FFFD. */
export const fromUtf8 = (bytes: Uint8Array): string => new codecs.TextDecoder('utf-8', { fatal: true }).decode(bytes);

/**
 * base64 through the platform's btoa/atob (global in Node 16+ and every browser), over Latin-1
 * strings made 32 KB at a time: a hand-written encoder was 70 ms for a 1,000-block design.
 */
const platform = globalThis as unknown as { btoa(data: string): string; atob(data: string): string };

export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 0x8000) parts.push(String.fromCharCode(...bytes.subarray(i, i + 0x8000)));
  return platform.btoa(parts.join(''));
}

/** Decode base64 (whitespace allowed); null when it is not base64 or is cut short. */
export function fromBase64(text: string): Uint8Array | null {
  const clean = text.replace(/\s+/g, '');
  if (clean.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) return null;
  let binary: string;
  try {
    binary = platform.atob(clean);
  } catch {
    return null;
  }
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
