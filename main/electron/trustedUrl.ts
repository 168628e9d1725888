/**
 * The only pages allowed to run in an Envelope window and to call its IPC: the packaged
 * renderer on app://envelope, and in development the exact origin of electron-vite's dev server.
 * Everything is decided on parsed URLs, never on string prefixes ("app://envelope.evil" and
 * "http://localhost:5173@evil.example" must not pass).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'envelope';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The dev server's origin, or null when the variable is unset or not a plain http(s) URL. */
export function devServerOrigin(devUrl: string | undefined): string | null {
  const dev = devUrl ? parse(devUrl) : null;
  if (!dev || (dev.protocol !== 'http:' && dev.protocol !== 'https:')) return null;
  return dev.origin;
}

export function isTrustedAppUrl(url: string, devUrl?: string): boolean {
  const parsed = parse(url);
  if (!parsed || parsed.username !== '' || parsed.password !== '') return false;
  // `host` (not hostname) so that a port, which app://envelope never has, is refused too.
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST;
  const devOrigin = devServerOrigin(devUrl);
  return devOrigin !== null && parsed.origin === devOrigin;
}
