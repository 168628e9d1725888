import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { iconComponent } from '../BlockIcon';

/**
 * Block icons on the canvas are CSS masks over a data: URL of the same lucide SVG, not inline SVG:
 * an inline <svg> per block is its own paint chunk, and at a thousand blocks re-layerising them
 * cost more than everything else in a drag frame. Built once per icon, then cached.
 */
const cache = new Map<string, string>();

export function iconMaskUrl(icon: string): string {
  let url = cache.get(icon);
  if (!url) {
    const svg = renderToStaticMarkup(createElement(iconComponent(icon), { size: 24, strokeWidth: 1.75, color: '#000' }));
    url = `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
    cache.set(icon, url);
  }
  return url;
}
