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

/** Issue 18, finding 4: every refusal is a 4xx that says what is wrong, with the security headers. */
describe('refusals from the loopback host', () => {
  const json = () => ({ ...own(), 'Content-Type': 'application/json' });
  const hasSecurityHeaders = (headers: Record<string, unknown>): boolean =>
    String(headers['content-security-policy']).includes("default-src 'none'");

  it('a schema refusal is a 400 with the contract Result, not a 200', async () => {
    const res = await send('/api/createDesign', json(), 'POST', JSON.stringify({ name: '' }));
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'badRequest', message: expect.stringMatching(/a design needs a name/) } });
    expect(hasSecurityHeaders(res.headers)).toBe(true);
  });

  it('a missing design is a 404, an unknown operation too', async () => {
    const missing = await send('/api/getDesign', json(), 'POST', JSON.stringify({ id: 'nope' }));
    expect(missing.status).toBe(404);
    const unknown = await send('/api/dropTables', json(), 'POST', '{}');
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/unknown operation "dropTables"/) } });
  });

  it('a broken percent-encoding in the operation is a 400 that says so, not a 500', async () => {
    const res = await send('/api/%ZZ', json(), 'POST', '{}');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'badRequest', message: expect.stringMatching(/percent-encoding is broken/) } });
    expect(hasSecurityHeaders(res.headers)).toBe(true);
  });

  it('an unknown HTTP method gets a 501 that names the methods, with the security headers', async () => {
    const res = await send('/api/listDesigns', json(), 'FOO', '{}');
    expect(res.status).toBe(501);
    expect(res.body).toMatch(/GET and HEAD .* POST for \/api/);
    expect(hasSecurityHeaders(res.headers)).toBe(true);
    expect(res.headers['x-frame-options']).toBe('DENY');
  });

  it('a declared body over the limit is a 413 naming the limit, before it is read', async () => {
    const res = await send('/api/saveDesign', { ...json(), 'Content-Length': String(200_000_000) }, 'POST', '{"id":');
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'badRequest', message: expect.stringMatching(/this host accepts at most 100\.1 MB/) } });
    expect(hasSecurityHeaders(res.headers)).toBe(true);
  });
});

describe('a body that grows past the limit', () => {
  let small: Server;
  let smallPort: number;
  beforeAll(async () => {
    small = createHost({ dispatch: services.dispatch, rendererDir: join(dir, 'renderer'), port: 0, maxBodyBytes: 1_000_000 });
    smallPort = await listen(small, 0);
  });
  afterAll(() => small.close());

  it('is answered with a 413, not a connection reset', async () => {
    // Chunked: no Content-Length, so the host finds out while reading. 3 MB against a 1 MB limit.
    const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port: smallPort, path: '/api/saveDesign', method: 'POST', headers: { Host: `127.0.0.1:${smallPort}`, 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' } }, (r) => {
        let data = '';
        r.on('data', (c: Buffer) => (data += c.toString()));
        r.on('end', () => resolve({ status: r.statusCode ?? 0, body: data }));
      });
      req.on('error', reject);
      const chunk = 'x'.repeat(100_000);
      for (let i = 0; i < 30; i++) req.write(chunk);
      req.end();
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/this host accepts at most 1 MB/) } });
  });
});
