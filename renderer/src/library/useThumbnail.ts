import { useEffect, useState, type RefObject } from 'react';
import type { Design } from '../../../shared/model';
import { api } from '../api/client';

type Sketchable = Pick<Design, 'nodes' | 'edges' | 'groups'>;

/** Documents already fetched, by id and last change, so scrolling back or re-rendering costs nothing. */
const cache = new Map<string, Sketchable | null>();
const MAX_CACHED = 200;

/**
 * The document behind a card's thumbnail, fetched once the card scrolls into view.
 * exportDesignFile rather than getDesign: reading a design for its picture must not mark it
 * "recently opened". A design that cannot be read simply has no thumbnail.
 */
export function useThumbnail(ref: RefObject<Element | null>, id: string, updatedAt: string): Sketchable | null {
  const key = `${id}@${updatedAt}`;
  const [document, setDocument] = useState<Sketchable | null>(() => cache.get(key) ?? null);

  useEffect(() => {
    const element = ref.current;
    if (cache.has(key)) {
      setDocument(cache.get(key) ?? null);
      return;
    }
    if (!element) return;
    let cancelled = false;
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      void api.exportDesignFile({ id }).then((result) => {
        const doc = result.ok ? (JSON.parse(result.value.text) as Sketchable) : null;
        if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value ?? '');
        cache.set(key, doc);
        if (!cancelled) setDocument(doc);
      });
    });
    observer.observe(element);
    return () => {
      cancelled = true;
      observer.disconnect();
    };
  }, [ref, id, key]);

  return document;
}
