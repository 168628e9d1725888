import { shell } from 'electron';

/**
 * Links the app hands to the system browser: http(s) only, parsed, without credentials. Anything
 * else (file:, javascript:, custom schemes that launch other programs) is dropped, because
 * openExternal on an attacker's URL is a classic route from a renderer bug to code execution.
 */
export function externalBrowserUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}

export function openInSystemBrowser(url: string): boolean {
  const safe = externalBrowserUrl(url);
  if (safe === null) return false;
  // Reviewed for electronegativity: only a parsed http(s) URL without credentials gets here.
  void shell.openExternal(safe) /* eng-disable OPEN_EXTERNAL_JS_CHECK */
    .catch((err: unknown) => console.warn(`could not open ${safe}:`, err));
  return true;
}
