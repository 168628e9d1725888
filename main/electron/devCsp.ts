import { CONTENT_SECURITY_POLICY } from '../security/csp';

/**
 * The policy for pages from electron-vite's dev server (development only; the packaged app and
 * the browser host get CONTENT_SECURITY_POLICY unchanged). Vite's React Fast Refresh injects an
 * inline module script into index.html and talks to the page over a WebSocket, so in dev the
 * script source also allows inline scripts and connect-src adds the dev server's ws:// origin.
 */
export function devContentSecurityPolicy(devOrigin: string): string {
  const ws = devOrigin.replace(/^http/, 'ws');
  return CONTENT_SECURITY_POLICY.split('; ')
    .map((directive) => {
      if (directive.startsWith('script-src ')) return `${directive} 'unsafe-inline'`;
      if (directive.startsWith('connect-src ')) return `${directive} ${ws}`;
      return directive;
    })
    .join('; ');
}
