import Database from 'better-sqlite3';
import { copyFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { ApiFailure } from '../../shared/api/result';
import { backupPath, listBackups } from './backups';
import { setAside } from './damage';
import { syncDirectory, syncFile } from '../files/atomicWrite';
import { DATABASE_FILE } from './open';

/**
 * Check that `fileName` is one of this data folder's own backups and that SQLite can read it.
 * Names are matched against the folder's listing, never joined from user input unchecked, so
 * no path can reach outside the backups folder.
 */
export function checkBackup(dataDir: string, fileName: string): string {
  if (!listBackups(dataDir).includes(fileName)) throw new ApiFailure('notFound', `there is no backup named "${fileName}"`);
  const path = backupPath(dataDir, fileName);
  let check: unknown;
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      check = db.pragma('quick_check', { simple: true });
    } finally {
      db.close();
    }
  } catch (err) {
    check = err instanceof Error ? err.message : String(err);
  }
  if (check !== 'ok') throw new ApiFailure('invalidDocument', `the backup "${fileName}" is damaged (${String(check)}); choose another`);
  return path;
}

/**
 * Put a checked backup in place of the (closed) library: the current file is set aside as
 * envelope.sqlite.replaced-<stamp>, and the backup is copied (it stays a backup) under a
 * temporary name and renamed in, so the library file is never half-written.
 */
export function swapInBackup(dataDir: string, backupFile: string, now: Date): { keptAs: string } {
  const keptAs = setAside(dataDir, DATABASE_FILE, 'replaced', now);
  const temp = join(dataDir, `${DATABASE_FILE}.restoring`);
  copyFileSync(backupFile, temp);
  syncFile(temp);
  renameSync(temp, join(dataDir, DATABASE_FILE));
  syncDirectory(dataDir);
  return { keptAs };
}
