/**
 * Adler-32, the checksum at the end of a zlib stream. A PNG's pixels are one zlib stream, but
 * its bands are deflated apart (on different threads), so each band's checksum is taken here and
 * the picture's is combined from them, as zlib's adler32_combine does.
 */
const BASE = 65521;
/** zlib's NMAX: the most bytes whose sums stay within 32 bits before the modulo. */
const RUN = 5552;

export function adler32(bytes: Uint8Array, start = 1): number {
  let a = start & 0xffff;
  let b = start >>> 16;
  for (let i = 0; i < bytes.length; ) {
    const end = Math.min(i + RUN, bytes.length);
    for (; i < end; i++) {
      a += bytes[i]!;
      b += a;
    }
    a %= BASE;
    b %= BASE;
  }
  return (b * 65536 + a) >>> 0;
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
