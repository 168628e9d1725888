import type { Socket } from 'node:net';
import { STATUS_CODES } from 'node:http';
import { SECURITY_HEADERS } from './headers';

/**
 * Requests Node's HTTP parser refuses before any handler runs (an unknown method, oversized
 * headers, malformed framing). Node's default answer is a bare 400; this one says what was wrong
 * and carries the security headers like every other response.
 */
export function answerClientError(err: Error & { code?: string }, socket: Socket): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, message] =
    err.code === 'HPE_INVALID_METHOD'
      ? [501, 'This Envelope host understands GET and HEAD for its pages and POST for /api operations, no other methods.']
      : err.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'The request headers are too large.']
        : [400, `The request could not be read as HTTP (${err.code ?? 'malformed'}).`];
  const body = `${message}\n`;
  const headers = {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    Connection: 'close',
  };
  const head = [`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)].join('\r\n');
  socket.end(`${head}\r\n\r\n${body}`);
}
