import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../handlers/dispatch';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { isAllowedHost, isAllowedOrigin } from './origin';
import { readStatic } from './static';

export interface HostOptions {
  dispatch: Dispatch;
  /** Folder with the built renderer (index.html and assets). */
  rendererDir: string;
  port: number;
}

/** 64 MB: a large design is a few MB of JSON; anything bigger is refused before parsing. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
} as const;

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * The browser twin of the Electron shell: serves the built renderer and binds the very same
 * dispatch as IPC at POST /api/<operation>, on loopback only.
 */
export function createHost({ dispatch, rendererDir, port }: HostOptions): Server {
  const server = createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      send(res, 500, 'text/plain; charset=utf-8', `internal error: ${err instanceof Error ? err.message : String(err)}`);
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const actualPort = (server.address() as AddressInfo | null)?.port ?? port;
    if (!isAllowedHost(req.headers.host, actualPort) || !isAllowedOrigin(req.headers.origin, actualPort)) {
      send(res, 403, 'text/plain; charset=utf-8', 'Forbidden: this Envelope host only answers its own pages on loopback.');
      return;
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') {
        send(res, 405, 'text/plain; charset=utf-8', 'Use POST for /api operations.');
        return;
      }
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        // Also blocks "simple" cross-site form posts, which cannot set this content type.
        send(res, 415, 'text/plain; charset=utf-8', 'Send the operation input as application/json.');
        return;
      }
      let payload: unknown;
      try {
        const text = await readBody(req);
        payload = text === '' ? {} : JSON.parse(text);
      } catch (err) {
        const result = { ok: false, error: { code: 'badRequest', message: `the request body is not valid JSON: ${err instanceof Error ? err.message : String(err)}` } };
        send(res, 400, 'application/json; charset=utf-8', JSON.stringify(result));
        return;
      }
      const result = await dispatch(decodeURIComponent(url.pathname.slice('/api/'.length)), payload);
      send(res, 200, 'application/json; charset=utf-8', JSON.stringify(result));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed.');
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
