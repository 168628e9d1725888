/** Hash routes keep the open design across reloads and work under app:// and http alike. */
export type Route = { view: 'library' } | { view: 'editor'; designId: string };

/** Pure (no React), so the boot script can read the route before the main bundle has loaded. */
export function parseRoute(hash: string): Route {
  const match = /^#\/design\/([A-Za-z0-9_.:-]{1,100})$/.exec(hash);
  return match?.[1] ? { view: 'editor', designId: match[1] } : { view: 'library' };
}
