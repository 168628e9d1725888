/** Thrown by the start-up check when SQLite opens the file but finds it inconsistent. */
export class DamagedDatabaseError extends Error {}

/** SQLite's words for "this file is not a usable database", as opposed to locked or unreadable. */
const DAMAGE_CODES = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT', 'SQLITE_CORRUPT_INDEX', 'SQLITE_CORRUPT_SEQUENCE', 'SQLITE_CORRUPT_VTAB']);

export function isDamage(err: unknown): boolean {
  if (err instanceof DamagedDatabaseError) return true;
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && DAMAGE_CODES.has(code);
}
