import type { IncomingMessage } from 'node:http';
import { MAX_DESIGN_FILE_BYTES, MAX_DOCUMENT_BYTES, megabytes } from '../../shared/api/limits';

/** A request body over the limit: the host answers 413 with this message, never a reset. */
export class BodyTooLargeError extends Error {
  constructor(limit: number, size?: number) {
    super(
      `the request body is too large${size === undefined ? '' : ` (${megabytes(size)})`}: this host accepts at most ${megabytes(limit)}, ` +
        `enough for a design file of ${megabytes(MAX_DESIGN_FILE_BYTES)} or a design of ${megabytes(MAX_DOCUMENT_BYTES)}`,
    );
    this.name = 'BodyTooLargeError';
  }
}

/**
 * Read a request body up to `limit` bytes. A declared Content-Length over the limit is refused
 * before a byte is read; a body that grows past it is refused as soon as it does, and the rest is
 * read and dropped, so the client gets the 413 instead of a connection reset mid-upload.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume(); // drain, so the connection can carry the answer
    return Promise.reject(new BodyTooLargeError(limit, declared));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (refused) return;
      if (size > limit) {
        refused = true;
        chunks.length = 0;
        reject(new BodyTooLargeError(limit));
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      if (!refused) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}
