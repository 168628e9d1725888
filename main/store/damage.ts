import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { compactStamp } from './backups';

/** Thrown by the start-up check when SQLite opens the file but finds it inconsistent. */
export class DamagedDatabaseError extends Error {}

/** SQLite's words for "this file is not a usable database", as opposed to locked or unreadable. */
const DAMAGE_CODES = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT', 'SQLITE_CORRUPT_INDEX', 'SQLITE_CORRUPT_SEQUENCE', 'SQLITE_CORRUPT_VTAB']);

export function isDamage(err: unknown): boolean {
  if (err instanceof DamagedDatabaseError) return true;
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && DAMAGE_CODES.has(code);
}

/**
 * Set a database aside under a new name (`envelope.sqlite.damaged-<stamp>`, `.replaced-<stamp>`),
 * with its WAL and shared-memory files renamed to match so the set can still be opened for
 * recovery. Returns the new file name.
 */
export function setAside(dataDir: string, fileName: string, reason: 'damaged' | 'replaced', now: Date): string {
  const keptAs = `${fileName}.${reason}-${compactStamp(now)}`;
  for (const suffix of ['', '-wal', '-shm']) {
    const from = join(dataDir, fileName + suffix);
    if (existsSync(from)) renameSync(from, join(dataDir, keptAs + suffix));
  }
  return keptAs;
}
