import type { DesignSummary } from '../../../shared/api/contract';

export type SortKey = 'updated' | 'name' | 'created';

export const SORT_LABELS: Record<SortKey, string> = { updated: 'Last changed', name: 'Name', created: 'Created' };

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Filter by a search text (case-insensitive, on the name) and order for display; never mutates the input. */
export function sortDesigns(designs: readonly DesignSummary[], key: SortKey, query = ''): DesignSummary[] {
  const q = query.trim().toLowerCase();
  const shown = q ? designs.filter((d) => d.name.toLowerCase().includes(q)) : [...designs];
  // Timestamps are ISO strings, which sort as text; newest first.
  if (key === 'name') return shown.sort((a, b) => byName.compare(a.name, b.name));
  if (key === 'created') return shown.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  return shown.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}
