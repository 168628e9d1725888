import { Unzlib, zlibSync } from 'fflate';
import { concatBytes, fromUtf8, utf8 } from './bytes';
import { DESIGN_MIME } from './embedSvg';

/**
 * The design inside a PNG: an iTXt chunk (UTF-8 text, zlib-compressed) whose keyword is the
 * design's MIME type, as Excalidraw does, placed before IEND. Reading walks the chunks with
 * every length checked against the file, so a truncated or lying chunk is reported, not read past.
 */
export const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
/** The design file cap (model/designFile.ts): a chunk or its inflated text larger than this is refused unread. */
export const MAX_PAYLOAD_BYTES = 50_000_000;

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export const isPng = (bytes: Uint8Array): boolean => bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);

interface Chunk {
  type: string;
  /** Offset of the chunk's length field. */
  at: number;
  data: Uint8Array;
}

type Walk = { ok: true; chunks: Chunk[] } | { ok: false; message: string };

function walk(png: Uint8Array): Walk {
  if (!isPng(png)) return { ok: false, message: 'the file is not a PNG picture (its first bytes are not the PNG signature)' };
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: Chunk[] = [];
  let at = 8;
  while (at < png.length) {
    if (at + 12 > png.length) return { ok: false, message: 'the PNG is cut short (a chunk header runs past the end of the file)' };
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (!/^[A-Za-z]{4}$/.test(type)) return { ok: false, message: 'the PNG is damaged (a chunk has no valid type)' };
    if (length > png.length - at - 12) {
      return { ok: false, message: `the PNG is cut short: its ${type} chunk says it holds ${length.toLocaleString('en-US')} bytes, more than the file has left` };
    }
    // Text chunks are where a design lives; one over the design cap is refused before its checksum is even read.
    if (length > MAX_PAYLOAD_BYTES && /^(iTXt|tEXt|zTXt)$/.test(type)) {
      return { ok: false, message: `the PNG's ${type} chunk is ${(length / 1_000_000).toFixed(1)} MB, over the 50 MB a design may take; Envelope does not read it` };
    }
    if (crc32(png, at + 4, at + 8 + length) !== view.getUint32(at + 8 + length)) {
      return { ok: false, message: `the PNG is damaged: its ${type} chunk fails its checksum` };
    }
    chunks.push({ type, at, data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
    if (type === 'IEND') return { ok: true, chunks };
  }
  return { ok: false, message: 'the PNG is cut short (it has no IEND chunk)' };
}

/** A PNG chunk: length, type, data, CRC of type and data (main passes zlib's native crc32 for big ones). */
export function pngChunk(type: string, data: Uint8Array, crc: (bytes: Uint8Array) => number = crc32): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc(out.subarray(4, 8 + data.length)));
  return out;
}

/** The iTXt chunk's data that carries a design: its text zlib-compressed under the design's MIME type. */
export function designChunkData(designFileText: string): Uint8Array {
  const keyword = utf8(DESIGN_MIME);
  const text = zlibSync(utf8(designFileText), { level: 9 });
  // keyword \0, compression flag 1, method 0 (zlib), empty language tag \0, empty translated keyword \0
  const data = new Uint8Array(keyword.length + 5 + text.length);
  data.set(keyword, 0);
  data.set([0, 1, 0, 0, 0], keyword.length);
  data.set(text, keyword.length + 5);
  return data;
}

/** The PNG with the design text in an iTXt chunk before IEND (any earlier design chunk replaced). */
export function embedDesignInPng(png: Uint8Array, designFileText: string): Uint8Array {
  const walked = walk(png);
  if (!walked.ok) throw new Error(walked.message);
  const data = designChunkData(designFileText);
  const kept = walked.chunks.filter((c) => !(c.type === 'iTXt' && isDesignChunk(c.data)));
  const parts = kept.map((c) => (c.type === 'IEND' ? [pngChunk('iTXt', data), pngChunk('IEND', c.data)] : [pngChunk(c.type, c.data)])).flat();
  return concatBytes([new Uint8Array(PNG_SIGNATURE), ...parts]);
}

const isDesignChunk = (data: Uint8Array): boolean => {
  const keyword = utf8(DESIGN_MIME);
  return data.length > keyword.length && data[keyword.length] === 0 && keyword.every((b, i) => data[i] === b);
};

/** Inflate with a cap: a small chunk that inflates to gigabytes is refused, not held in memory. */
function inflateCapped(data: Uint8Array): Uint8Array | string {
  const parts: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const inflater = new Unzlib((part) => {
    total += part.length;
    if (total > MAX_PAYLOAD_BYTES) over = true;
    else parts.push(part);
  });
  try {
    for (let i = 0; i < data.length && !over; i += 65_536) inflater.push(data.subarray(i, i + 65_536), i + 65_536 >= data.length);
  } catch {
    return 'the design in the picture is damaged (its compressed text does not inflate)';
  }
  if (over) return 'the design in the picture inflates to over 50 MB; Envelope does not read it';
  return concatBytes(parts);
}

export type PngPayload = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

export function pngDesignPayload(png: Uint8Array): PngPayload {
  const walked = walk(png);
  if (!walked.ok) return walked;
  const found = walked.chunks.find((c) => c.type === 'iTXt' && isDesignChunk(c.data));
  if (!found) return { ok: false, message: 'the picture holds no Envelope design (it was not exported by Envelope with the design embedded)' };
  const data = found.data;
  let at = utf8(DESIGN_MIME).length + 1;
  const [flag, method] = [data[at], data[at + 1]];
  at += 2;
  // Skip the language tag and the translated keyword, each NUL-terminated.
  for (let nulls = 0; nulls < 2; nulls++) {
    const end = data.indexOf(0, at);
    if (end < 0) return { ok: false, message: 'the design chunk in the picture is damaged (its header is cut short)' };
    at = end + 1;
  }
  const body = data.subarray(at);
  if (flag === 0) return { ok: true, bytes: body };
  if (flag !== 1 || method !== 0) return { ok: false, message: 'the design chunk in the picture uses an unknown compression' };
  const inflated = inflateCapped(body);
  return typeof inflated === 'string' ? { ok: false, message: inflated } : { ok: true, bytes: inflated };
}

/** For tests and messages: the text of a payload, strictly UTF-8. */
export const payloadText = (bytes: Uint8Array): string => fromUtf8(bytes);
