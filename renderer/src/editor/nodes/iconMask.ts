import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { ICON_NAMES, iconComponent } from '../BlockIcon';

/**
 * Block icons on the canvas are CSS masks over a data: URL of the same lucide SVG, not inline SVG:
 * an inline <svg> per block is its own paint chunk, and at a thousand blocks re-layerising them
 * cost more than everything else in a drag frame.
 */
const cache = new Map<string, string>();

/**
 * Draw every icon once, off screen, and keep its markup as a data: URL. Run at startup, outside
 * any React render (it renders synchronously); react-dom/server would do the same from inside a
 * render, but it weighed a fifth of the script every open has to load.
 */
export function prepareIconMasks(): void {
  const host = document.createElement('div');
  const root = createRoot(host);
  flushSync(() => root.render(ICON_NAMES.map((icon) => createElement(iconComponent(icon), { key: icon, size: 24, strokeWidth: 1.75, color: '#000' }))));
  ICON_NAMES.forEach((icon, i) => {
    const svg = host.children[i]?.outerHTML;
    if (svg) cache.set(icon, `url("data:image/svg+xml,${encodeURIComponent(svg)}")`);
  });
  root.unmount();
}

/** The mask for `icon` (lucide's box for a name it does not know, as BlockIcon draws). */
export function iconMaskUrl(icon: string): string {
  return cache.get(icon) ?? cache.get('box') ?? 'none';
}
