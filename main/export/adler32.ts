/**
 * Adler-32, the checksum at the end of a zlib stream. A PNG's pixels are one zlib stream, but
 * its bands are deflated apart (on different threads), so each band's checksum is taken here and
 * the picture's is combined from them, as zlib's adler32_combine does.
 */
const BASE = 65521;
/** Four-byte words summed before the modulo: 5,200 bytes, under zlib's NMAX of 5,552. */
const WORDS = 1300;
/** Word reads assume little-endian memory, which every platform Node and Electron ship for has. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * Reads the bytes four at a time (one load instead of four, which halves the time on a band's
 * hundreds of megabytes): for bytes x0..x3, A gains their sum and B gains 4A + 4x0 + 3x1 + 2x2 + x3,
 * which is what four single steps add. The sums stay exact in a double between modulos.
 */
export function adler32(bytes: Uint8Array, start = 1): number {
  let a = start & 0xffff;
  let b = start >>> 16;
  let i = 0;
  const n = bytes.length;
  // Single bytes up to a four-byte boundary (a Uint32Array view must start on one).
  const head = LITTLE_ENDIAN ? Math.min(n, (4 - (bytes.byteOffset & 3)) & 3) : n;
  for (; i < head; i++) {
    a += bytes[i]!;
    b += a;
    // Every byte goes this way on a big-endian machine: keep the sums exact there too.
    if ((i & 4095) === 4095) {
      a %= BASE;
      b %= BASE;
    }
  }
  const aligned = ((bytes.byteOffset + i) & 3) === 0;
  const words = aligned ? new Uint32Array(bytes.buffer, bytes.byteOffset + i, (n - i) >>> 2) : new Uint32Array(0);
  for (let w = 0; w < words.length; ) {
    const end = Math.min(w + WORDS, words.length);
    for (; w < end; w++) {
      const v = words[w]!;
      const x0 = v & 255;
      const x1 = (v >>> 8) & 255;
      const x2 = (v >>> 16) & 255;
      const x3 = v >>> 24;
      b += 4 * a + 4 * x0 + 3 * x1 + 2 * x2 + x3;
      a += x0 + x1 + x2 + x3;
    }
    a %= BASE;
    b %= BASE;
  }
  for (i += words.length * 4; i < n; i++) {
    a += bytes[i]!;
    b += a;
  }
  return ((b % BASE) * 65536 + (a % BASE)) >>> 0;
}

/** The checksum of A followed by B, from A's, B's and B's length. */
export function adler32Combine(first: number, second: number, secondLength: number): number {
  const rem = secondLength % BASE;
  let a = first & 0xffff;
  let b = (rem * a) % BASE;
  a += (second & 0xffff) + BASE - 1;
  b += (first >>> 16) + (second >>> 16) + BASE - rem;
  if (a >= BASE) a -= BASE;
  if (a >= BASE) a -= BASE;
  if (b >= 2 * BASE) b -= 2 * BASE;
  if (b >= BASE) b -= BASE;
  return (b * 65536 + a) >>> 0;
}
