import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_REQUEST_BYTES } from '../../shared/api/limits';
import type { Result } from '../../shared/api/result';
import type { Dispatch } from '../handlers/dispatch';
import { BodyTooLargeError, readBody } from './body';
import { answerClientError } from './clientError';
import { SECURITY_HEADERS } from './headers';
import { isAllowedHost, isAllowedOrigin } from './origin';
import { readStatic } from './static';
import { HTTP_STATUS } from './status';

export interface HostOptions {
  dispatch: Dispatch;
  /** Folder with the built renderer (index.html and assets). */
  rendererDir: string;
  port: number;
  /** Largest request body accepted; shared/api/limits.ts derives it, tests lower it. */
  maxBodyBytes?: number;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

const JSON_TYPE = 'application/json; charset=utf-8';
const sendResult = (res: ServerResponse, result: Result<unknown>, extra: Record<string, string> = {}): void =>
  send(res, result.ok ? 200 : HTTP_STATUS[result.error.code], JSON_TYPE, JSON.stringify(result), extra);
const refusal = (code: 'badRequest' | 'notFound', message: string): Result<never> => ({ ok: false, error: { code, message } });

/** The operation named in /api/<name>, or null when its percent-encoding is broken (/api/%ZZ). */
function operationOf(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname.slice('/api/'.length));
  } catch {
    return null;
  }
}

/**
 * The browser twin of the Electron shell: serves the built renderer and binds the very same
 * dispatch as IPC at POST /api/<operation>, on loopback only.
 */
export function createHost({ dispatch, rendererDir, port, maxBodyBytes = MAX_REQUEST_BYTES }: HostOptions): Server {
  const server = createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      send(res, 500, 'text/plain; charset=utf-8', `internal error: ${err instanceof Error ? err.message : String(err)}`);
    });
  });
  server.on('clientError', answerClientError);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const actualPort = (server.address() as AddressInfo | null)?.port ?? port;
    if (!isAllowedHost(req.headers.host, actualPort) || !isAllowedOrigin(req.headers.origin, actualPort)) {
      send(res, 403, 'text/plain; charset=utf-8', 'Forbidden: this Envelope host only answers its own pages on loopback.');
      return;
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') {
        send(res, 405, 'text/plain; charset=utf-8', 'Use POST for /api operations.', { Allow: 'POST' });
        return;
      }
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        // Also blocks "simple" cross-site form posts, which cannot set this content type.
        send(res, 415, 'text/plain; charset=utf-8', 'Send the operation input as application/json.');
        return;
      }
      const operation = operationOf(url.pathname);
      if (operation === null) {
        sendResult(res, refusal('badRequest', `"${url.pathname.slice(0, 80)}" is not a valid operation path: its percent-encoding is broken`));
        return;
      }
      let text: string;
      try {
        text = await readBody(req, maxBodyBytes);
      } catch (err) {
        if (!(err instanceof BodyTooLargeError)) throw err;
        // Close after answering: the rest of the body is not worth reading on this connection.
        send(res, 413, JSON_TYPE, JSON.stringify(refusal('badRequest', err.message)), { Connection: 'close' });
        return;
      }
      let payload: unknown;
      try {
        payload = text === '' ? {} : JSON.parse(text);
      } catch (err) {
        sendResult(res, refusal('badRequest', `the request body is not valid JSON: ${err instanceof Error ? err.message : String(err)}`));
        return;
      }
      sendResult(res, await dispatch(operation, payload));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed: use GET for pages and POST for /api operations.', { Allow: 'GET, HEAD' });
      return;
    }
    // Single-page app: unknown paths without an extension fall back to index.html.
    const file = (await readStatic(rendererDir, url.pathname)) ?? (/\.[a-z0-9]+$/i.test(url.pathname) ? null : await readStatic(rendererDir, '/index.html'));
    if (!file) {
      send(res, 404, 'text/plain; charset=utf-8', `Not found: ${url.pathname}`);
      return;
    }
    send(res, 200, file.type, file.body);
  }

  return server;
}

/** Listen on loopback only; resolves with the bound port (0 picks a free one). */
export function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}
