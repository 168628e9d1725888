import { crc32 } from 'node:zlib';
import { concatBytes as concat, PNG_SIGNATURE, pngChunk } from '../../shared/render';
import { adler32Combine } from './adler32';
import type { EncodedBand } from './pngBand';

/**
 * A PNG from its bands: 8-bit RGBA, the bands' deflate pieces joined into one zlib stream (a
 * header, the pieces in order, the combined Adler-32), and any extra chunks (the design) before
 * IEND. Checksums are zlib's own crc32, since a large picture's IDAT is tens of megabytes.
 */
/** IDAT chunks of 1 MiB, as encoders commonly write them; one chunk per picture would do too. */
const IDAT_BYTES = 1 << 20;

const chunk = (type: string, data: Uint8Array): Uint8Array => pngChunk(type, data, crc32);

export function assemblePng(width: number, height: number, bands: readonly EncodedBand[], extra: readonly { type: string; data: Uint8Array }[] = []): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, adaptive filtering, no interlace
  let adler = 1;
  for (const band of bands) adler = adler32Combine(adler, band.adler, band.length);
  const trailer = new Uint8Array(4);
  new DataView(trailer.buffer).setUint32(0, adler);
  // zlib header: deflate, 32 KiB window, fastest level (0x78 0x01 passes the header check).
  const stream = concat([new Uint8Array([0x78, 0x01]), ...bands.map((b) => b.deflated), trailer]);
  const parts: Uint8Array[] = [new Uint8Array(PNG_SIGNATURE), chunk('IHDR', header)];
  for (let at = 0; at < stream.length; at += IDAT_BYTES) parts.push(chunk('IDAT', stream.subarray(at, at + IDAT_BYTES)));
  for (const e of extra) parts.push(chunk(e.type, e.data));
  parts.push(chunk('IEND', new Uint8Array(0)));
  return concat(parts);
}
