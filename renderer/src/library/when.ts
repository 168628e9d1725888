/** A stored timestamp as the user's locale writes it; an unparseable one is shown as stored. */
export function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}
