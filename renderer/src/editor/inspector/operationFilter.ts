/**
 * A connection's "Only these operations" value: operation ids, comma-separated, as the document
 * stores it (shared/catalog/edgeParams.ts; the engine splits on commas and trims). The picker
 * works on the list; the document keeps the text, so files stay as they are.
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

/** Tick or untick one operation, keeping the others (and any unknown ids) where they were. */
export function toggleOperation(value: string | undefined, id: string, on: boolean): string | undefined {
  const ids = parseOperationIds(value);
  const next = on ? (ids.includes(id) ? ids : [...ids, id]) : ids.filter((x) => x !== id);
  return formatOperationIds(next);
}

/** Ids in the value that name no operation of the workload (deleted, or typed by hand). */
export function unknownOperationIds(value: string | undefined, operations: readonly { id: string }[]): string[] {
  const known = new Set(operations.map((op) => op.id));
  return parseOperationIds(value).filter((id) => !known.has(id));
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
