import { memo } from 'react';
import { farBuckets, sameFarItems, type FarItem } from './farEdgeBuckets';

/**
 * Connections zoomed far out: one path of curves and one of arrowheads per look (kind, selected
 * or not), with no hit area, label or focus. A whole design is then on screen at once; at 5,000
 * blocks (10,000 connections) an element per connection was a quarter of a second of every
 * open, and thousands of elements to reconcile on every drag frame. Clicks find connections by
 * geometry (useFarEdgePicking); the keyboard reaches them zoomed in, where each is a full drawing.
 */
export const FarEdges = memo(function FarEdges({ items }: { items: readonly FarItem[] }) {
  // One flat list, so a look that appears or goes keeps the others' elements (keyed by look).
  return farBuckets(items).flatMap((b) => {
    const look = `edge-${b.kind}${b.selected ? ' selected' : ''}`;
    return [
      <path key={`${look} curves`} className={`react-flow__edge-path far-edge ${look}`} data-ids={b.ids} d={b.curves} />,
      <path key={`${look} arrows`} className={`far-arrows ${look}`} d={b.arrows} />,
    ];
  });
}, (a, b) => sameFarItems(a.items, b.items));
