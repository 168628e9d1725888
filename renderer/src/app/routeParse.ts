/** Hash routes keep the open design across reloads and work under app:// and http alike. */
export type Route = { view: 'library' } | { view: 'editor'; designId: string } | { view: 'practice' } | { view: 'practiceSession'; sessionId: string };

/** Pure (no React), so the boot script can read the route before the main bundle has loaded. */
export function parseRoute(hash: string): Route {
  const match = /^#\/design\/([A-Za-z0-9_.:-]{1,100})$/.exec(hash);
  if (match?.[1]) return { view: 'editor', designId: match[1] };
  const session = /^#\/practice\/(ps_[A-Za-z0-9_-]{1,60})$/.exec(hash);
  if (session?.[1]) return { view: 'practiceSession', sessionId: session[1] };
  return hash === '#/practice' ? { view: 'practice' } : { view: 'library' };
}

/** The hash for a route (the inverse of parseRoute). */
export function routeHash(route: Route): string {
  switch (route.view) {
    case 'editor':
      return `#/design/${route.designId}`;
    case 'practice':
      return '#/practice';
    case 'practiceSession':
      return `#/practice/${route.sessionId}`;
    default:
      return '#/';
  }
}
