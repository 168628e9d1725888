import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../main/services';
import { createHost, listen } from '../../main/host/server';

let dir: string;
let services: Services;
let server: Server;
let port: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'envelope-host-'));
  const rendererDir = join(dir, 'renderer');
  await import('node:fs').then((fs) => fs.mkdirSync(rendererDir));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Envelope</title>');
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer');
  services = createServices(join(dir, 'data'));
  server = createHost({ dispatch: services.dispatch, rendererDir, port: 0 });
  port = await listen(server, 0);
});
afterAll(() => {
  server.close();
  services.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Raw requests, so Host and Origin headers are exactly what a hostile page would send. */
function send(path: string, headers: Record<string, string>, method = 'GET', body?: string): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let data = '';
      res.on('data', (c: Buffer) => (data += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data, headers: res.headers }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

const own = () => ({ Host: `127.0.0.1:${port}` });

describe('the loopback browser host', () => {
  it('serves the renderer with a strict CSP', async () => {
    const res = await send('/', own());
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>Envelope</title>');
    expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(String(res.headers['content-security-policy'])).not.toContain("script-src 'self' 'unsafe-inline'");
  });

  it('binds the contract at POST /api/<operation>', async () => {
    const res = await send('/api/createDesign', { ...own(), 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${port}` }, 'POST', JSON.stringify({ name: 'Over HTTP' }));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { summary: { name: 'Over HTTP' } } });
  });

  it('answers 403 to a foreign Origin', async () => {
    const res = await send('/api/listDesigns', { ...own(), 'Content-Type': 'application/json', Origin: 'http://evil.example' }, 'POST', '{}');
    expect(res.status).toBe(403);
  });

  it('answers 403 to a foreign Host (DNS rebinding)', async () => {
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`, `localhost.evil.example:${port}`]) {
      const res = await send('/', { Host: host });
      expect(res.status, host).toBe(403);
    }
  });

  it('answers 403 to an Origin on another loopback port', async () => {
    const res = await send('/api/listDesigns', { ...own(), 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${port + 1}` }, 'POST', '{}');
    expect(res.status).toBe(403);
  });

  it('refuses form posts that are not JSON, and malformed JSON', async () => {
    const form = await send('/api/createDesign', { ...own(), 'Content-Type': 'text/plain' }, 'POST', '{"name":"x"}');
    expect(form.status).toBe(415);
    const bad = await send('/api/createDesign', { ...own(), 'Content-Type': 'application/json' }, 'POST', '{"name":');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'badRequest' } });
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const res = await send(path, own());
      expect(res.body).not.toContain('outside the renderer');
    }
  });
});
