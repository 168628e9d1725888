import { namesOperation } from '../../../../shared/model';

/**
 * A connection's "Only these operations" value: entries, comma-separated, as the document stores
 * it (shared/catalog/edgeParams.ts; the engine splits on commas and trims). An entry names an
 * operation by id or by name (namesOperation), as the engine reads it; the picker ticks by id.
 */

/** The ids in a stored value, trimmed, without blanks or repeats, in stored order. */
export function parseOperationIds(value: string | undefined): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').map((s) => s.trim()).filter(Boolean))];
}

/** The stored value for a list of ids; undefined (unset: every operation) when the list is empty. */
export function formatOperationIds(ids: readonly string[]): string | undefined {
  return ids.length === 0 ? undefined : ids.join(',');
}

/** The operations the value names, by id or by name, as the engine takes them. */
export function namedOperationIds(value: string | undefined, operations: readonly { id: string; name: string }[]): Set<string> {
  const entries = parseOperationIds(value);
  return new Set(operations.filter((op) => entries.some((entry) => namesOperation(entry, op))).map((op) => op.id));
}

/**
 * Tick or untick one operation, keeping the others (and any unknown entries) where they were. Ticking
 * stores the id; unticking also drops an entry that named the operation by its name.
 */
export function toggleOperation(value: string | undefined, op: { id: string; name: string }, on: boolean): string | undefined {
  const entries = parseOperationIds(value);
  const next = on ? (entries.some((e) => namesOperation(e, op)) ? entries : [...entries, op.id]) : entries.filter((e) => !namesOperation(e, op));
  return formatOperationIds(next);
}

/** Entries in the value that name no operation of the workload (deleted, or mistyped). */
export function unknownOperationIds(value: string | undefined, operations: readonly { id: string; name: string }[]): string[] {
  return parseOperationIds(value).filter((entry) => !operations.some((op) => namesOperation(entry, op)));
}

/** Drop one entry (an unknown one the user removes). */
export function removeEntry(value: string | undefined, entry: string): string | undefined {
  return formatOperationIds(parseOperationIds(value).filter((e) => e !== entry));
}

/**
 * How each operation reads in the list: its name, and its id only when two operations share
 * a name (the id is then the one thing telling them apart).
 */
export function operationLabels(operations: readonly { id: string; name: string }[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const op of operations) count.set(op.name, (count.get(op.name) ?? 0) + 1);
  return new Map(operations.map((op) => [op.id, count.get(op.name)! > 1 ? `${op.name} (${op.id})` : op.name]));
}
