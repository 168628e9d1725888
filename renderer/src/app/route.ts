import { useSyncExternalStore } from 'react';

import { parseRoute, routeHash, type Route } from './routeParse';

export type { Route };

export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
}

const subscribe = (onChange: () => void): (() => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
