import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** Serves the built bare page from `dir`, plus the current design at ./design.json, on loopback. */
export async function serveBarePage(dir: string): Promise<{ origin: string; setDesign(json: string): void; close(): void }> {
  let designJson = '{}';
  const server: Server = createServer((req, res) => {
    const path = normalize(new URL(req.url ?? '/', 'http://x').pathname).replace(/^(\.\.[/\\])+/, '');
    const send = (type: string, body: string | Buffer): void => {
      res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(body);
    };
    if (path === '/design.json') return send(TYPES['.json']!, designJson);
    readFile(join(dir, path === '/' ? 'index.html' : path)).then(
      (body) => send(TYPES[extname(path)] ?? 'text/html', body),
      () => {
        res.writeHead(404);
        res.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    setDesign: (json) => void (designJson = json),
    close: () => server.close(),
  };
}
