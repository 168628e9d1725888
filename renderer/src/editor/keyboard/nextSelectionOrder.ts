/**
 * The order blocks were selected in, for "connect the selected blocks in selection order": the ids
 * still selected keep their places, newly selected ones go at the end (in document order when
 * several arrive at once, as with Select all). Pure.
 */
export function nextSelectionOrder(previous: readonly string[], selectedNow: readonly string[]): string[] {
  const now = new Set(selectedNow);
  const kept = previous.filter((id) => now.has(id));
  const had = new Set(kept);
  return [...kept, ...selectedNow.filter((id) => !had.has(id))];
}
