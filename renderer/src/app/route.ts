import { useSyncExternalStore } from 'react';

/** Hash routes keep the open design across reloads and work under app:// and http alike. */
export type Route = { view: 'library' } | { view: 'editor'; designId: string };

export function parseRoute(hash: string): Route {
  const match = /^#\/design\/([A-Za-z0-9_.:-]{1,100})$/.exec(hash);
  return match?.[1] ? { view: 'editor', designId: match[1] } : { view: 'library' };
}

export function navigate(route: Route): void {
  window.location.hash = route.view === 'editor' ? `#/design/${route.designId}` : '#/';
}

const subscribe = (onChange: () => void): (() => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
