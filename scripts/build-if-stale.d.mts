/** Rebuild out/ (electron-vite) when a source is newer than the last build. */
export function buildIfStale(root: string): void;
