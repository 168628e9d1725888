import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { registerAppScheme, respondFromRenderer, serveRenderer } from '../../../main/electron/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../../main/security/csp';
import { protocol } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

// A built renderer next to a secret that must stay out of reach.
const root = mkdtempSync(join(tmpdir(), 'envelope-app-protocol-'));
const rendererDir = join(root, 'renderer');
mkdirSync(join(rendererDir, 'assets'), { recursive: true });
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Envelope</title>');
writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(root, 'secret.txt'), 'top secret');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => respondFromRenderer(rendererDir, { url, method });

describe('the app:// protocol', () => {
  it('is registered as a standard, secure, fetch-capable scheme', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves the renderer with its type and the CSP header', async () => {
    const page = await get('app://envelope/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>Envelope</title>');
    const script = await get('app://envelope/assets/app.js');
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('falls back to index.html for client routes, but not for missing files', async () => {
    expect(await (await get('app://envelope/designs/d1')).text()).toContain('Envelope');
    expect((await get('app://envelope/assets/missing.js')).status).toBe(404);
  });

  it.each([
    'app://envelope/../secret.txt',
    'app://envelope/%2e%2e/secret.txt',
    'app://envelope/..%2fsecret.txt',
    'app://envelope/assets/..%2f..%2fsecret.txt',
    'app://envelope/%2e%2e%5csecret.txt',
  ])('never serves a file outside the renderer: %s', async (url) => {
    const response = await get(url);
    expect(await response.text()).not.toContain('top secret');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers other hosts and methods with an error that still carries the CSP', async () => {
    const otherHost = await get('app://other/index.html');
    expect(otherHost.status).toBe(404);
    expect(otherHost.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await get('app://envelope/index.html', 'POST')).status).toBe(405);
  });

  it('routes app:// requests to the renderer folder', async () => {
    serveRenderer(rendererDir);
    const [scheme, handler] = protocol.handle.mock.calls[0] as [string, (request: Request) => Promise<Response>];
    expect(scheme).toBe('app');
    expect((await handler(new Request('app://envelope/index.html'))).status).toBe(200);
  });
});
