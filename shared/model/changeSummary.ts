import { z } from 'zod';

/**
 * How one version of a design differs from the one before it, counted per kind of element, for
 * the history panel ("3 blocks added, 1 connection changed").
 */
export const ChangeCountsSchema = z.object({
  added: z.number().int().nonnegative(),
  removed: z.number().int().nonnegative(),
  changed: z.number().int().nonnegative(),
});
export const ChangeSummarySchema = z.object({
  blocks: ChangeCountsSchema,
  edges: ChangeCountsSchema,
  groups: ChangeCountsSchema,
});
export type ChangeCounts = z.infer<typeof ChangeCountsSchema>;
export type ChangeSummary = z.infer<typeof ChangeSummarySchema>;

/** JSON with object keys sorted, so two equal elements compare equal however they were built. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(v).sort()) sorted[key] = (v as Record<string, unknown>)[key];
    return sorted;
  });
}

function elementsById(doc: unknown, key: string): Map<string, string> {
  const out = new Map<string, string>();
  const list = doc !== null && typeof doc === 'object' ? (doc as Record<string, unknown>)[key] : undefined;
  if (!Array.isArray(list)) return out;
  for (const element of list) {
    const id = element !== null && typeof element === 'object' ? (element as { id?: unknown }).id : undefined;
    if (typeof id === 'string') out.set(id, stableJson(element));
  }
  return out;
}

function countChanges(before: Map<string, string>, after: Map<string, string>): ChangeCounts {
  let added = 0;
  let changed = 0;
  for (const [id, json] of after) {
    const old = before.get(id);
    if (old === undefined) added++;
    else if (old !== json) changed++;
  }
  let removed = 0;
  for (const id of before.keys()) if (!after.has(id)) removed++;
  return { added, removed, changed };
}

/**
 * Compare two documents element by element (matched by id). Takes raw parsed JSON rather than a
 * validated Design, so history rows written by any schema version can still be compared;
 * `before` is null for a design's first version, which then counts everything as added.
 */
export function summarizeChange(before: unknown, after: unknown): ChangeSummary {
  const count = (key: string): ChangeCounts => countChanges(elementsById(before, key), elementsById(after, key));
  return { blocks: count('nodes'), edges: count('edges'), groups: count('groups') };
}
