import { app, type Session, type WebContents } from 'electron';
import { devContentSecurityPolicy } from './devCsp';
import { openInSystemBrowser } from './externalLinks';
import { devServerOrigin, isTrustedAppUrl } from './trustedUrl';

/**
 * App-wide guards, attached to every web contents Electron creates (windows, and anything a
 * compromised page might try to open): the app never leaves its own origin, never opens a
 * window or a <webview>, and grants no permission but writing to the clipboard (Copy as PNG /
 * SVG in the Export dialog) from its own pages. Install before the first window.
 */
export function installSecurityGuards(devUrl: string | undefined): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, devUrl));
}

export function guardWebContents(contents: WebContents, devUrl: string | undefined): void {
  const refuseForeign = (event: { url: string; preventDefault(): void }): void => {
    if (!isTrustedAppUrl(event.url, devUrl)) {
      event.preventDefault();
      console.warn(`blocked navigation to ${event.url.slice(0, 200)}`);
    }
  };
  contents.on('will-navigate', refuseForeign);
  contents.on('will-redirect', refuseForeign);

  // New windows are never created; a web link asked for in a new window goes to the system browser.
  contents.setWindowOpenHandler(({ url }) => {
    openInSystemBrowser(url);
    return { action: 'deny' };
  });

  contents.on('will-attach-webview', (event) => event.preventDefault());

  // Both setters replace the session's previous handler, so repeating them per contents is harmless
  // and also covers contents that live in a session other than the default one.
  guardPermissions(contents.session, devUrl);
  const devOrigin = devServerOrigin(devUrl);
  if (devOrigin) applyDevServerCsp(contents.session, devOrigin);
}

/**
 * Envelope needs no camera, microphone, location, notifications or anything else: say no. The
 * one yes is `clipboard-sanitized-write` (Chromium sanitises what is written and asks for a user
 * gesture) for the app's own pages, so the Export dialog can copy a picture; reading the
 * clipboard stays refused.
 */
export const GRANTED_PERMISSION = 'clipboard-sanitized-write';

export function guardPermissions(session: Session, devUrl: string | undefined): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(permission === GRANTED_PERMISSION && isTrustedAppUrl(details?.requestingUrl ?? '', devUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => permission === GRANTED_PERMISSION && isTrustedAppUrl(requestingOrigin, devUrl));
}

/**
 * The packaged app's protocol handler sets the CSP itself; the dev server does not, so in
 * development the header is added to its responses here.
 */
function applyDevServerCsp(session: Session, devOrigin: string): void {
  const policy = devContentSecurityPolicy(devOrigin);
  session.webRequest.onHeadersReceived((details, callback) => {
    if (new URL(details.url).origin !== devOrigin) {
      callback({});
      return;
    }
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'),
    );
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [policy] } });
  });
}
