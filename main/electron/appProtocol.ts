import { protocol } from 'electron';
import { readStatic } from '../host/static';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { APP_HOST, APP_SCHEME } from './trustedUrl';

/**
 * The packaged renderer is served from app://envelope/ rather than file://, so the page has a
 * real origin of its own (file:// pages share one and get extra privileges), relative URLs and
 * fetch work, and every response carries the CSP header.
 */

/** Must run before the app's ready event: Chromium fixes its scheme table at startup. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
} as const;

function text(status: number, body: string): Response {
  return new Response(body, { status, headers: { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * Answer one app:// request from `rendererDir`. readStatic refuses any path that climbs out of
 * the folder (encoded or not); unknown paths without an extension fall back to index.html, as in
 * the browser host, so client-side routes survive a reload.
 */
export async function respondFromRenderer(rendererDir: string, request: Pick<Request, 'url' | 'method'>): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'Method not allowed.');
  const url = new URL(request.url);
  if (url.host !== APP_HOST) return text(404, 'Not found.');
  const file =
    (await readStatic(rendererDir, url.pathname)) ??
    (/\.[a-z0-9]+$/i.test(url.pathname) ? null : await readStatic(rendererDir, '/index.html'));
  if (!file) return text(404, `Not found: ${url.pathname}`);
  // A copy into a plain ArrayBuffer-backed array: the DOM typings refuse a Buffer as a body.
  return new Response(Uint8Array.from(file.body), { status: 200, headers: { ...HEADERS, 'Content-Type': file.type } });
}

/** After ready: route app:// to the built renderer. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => respondFromRenderer(rendererDir, request));
}
