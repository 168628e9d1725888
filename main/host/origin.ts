/**
 * DNS-rebinding and cross-site guard for the loopback host: a request is ours only when its Host
 * names this server on a loopback name and its Origin, when present, is this very server.
 */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  let url: URL;
  try {
    url = new URL(`http://${hostHeader}`);
  } catch {
    return false;
  }
  return LOOPBACK_HOSTS.has(url.hostname) && Number(url.port || 80) === port && url.username === '' && url.pathname === '/';
}

export function isAllowedOrigin(originHeader: string | undefined, port: number): boolean {
  if (originHeader === undefined) return true; // same-origin GETs and non-browser clients send none
  let url: URL;
  try {
    url = new URL(originHeader);
  } catch {
    return false;
  }
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname) && Number(url.port || 80) === port;
}
