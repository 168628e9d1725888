import type { BlockKind } from './types';
import { blockKinds } from './registry';

/**
 * Palette search: every word of the query must match the start of a word in the kind's name,
 * id, category or synonyms ("redis" finds the cache, "kafka" the queue). Name matches rank first.
 */
export function searchBlockKinds(query: string, kinds: readonly BlockKind[] = blockKinds): BlockKind[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [...kinds];
  const scored: { kind: BlockKind; score: number; order: number }[] = [];
  kinds.forEach((kind, order) => {
    const nameWords = words(`${kind.name} ${kind.id}`);
    const otherWords = words(`${kind.category} ${kind.synonyms.join(' ')}`);
    let score = 0;
    for (const term of terms) {
      if (nameWords.some((w) => w.startsWith(term))) score += 2;
      else if (otherWords.some((w) => w.startsWith(term)) || kind.synonyms.some((s) => s.toLowerCase().startsWith(term))) score += 1;
      else return;
    }
    scored.push({ kind, score, order });
  });
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((s) => s.kind);
}

function words(text: string): string[] {
  // Split camelCase ids too, so "balancer" finds loadBalancer.
  return text.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}
