import Database from 'better-sqlite3';
import { copyFileSync, existsSync, linkSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ApiFailure } from '../../shared/api/result';
import { BACKUP_FILE_PATTERN } from '../../shared/api/historySchemas';
import { backupPath, listBackups } from './backups';
import { listSetAside, setAsideName } from './setAside';
import { syncDirectory, syncFile } from '../files/atomicWrite';
import { DATABASE_FILE, RESTORING_FILE } from './files';
import { readJournal, writeJournal } from './restoreJournal';

/**
 * Where a restorable file lives: a backup in the backups folder or a set-aside library in the data
 * folder. Names are matched against the folders' listings, never joined from user input unchecked,
 * so no path can reach outside them.
 */
export function restorablePath(dataDir: string, fileName: string): string {
  if (BACKUP_FILE_PATTERN.test(fileName)) {
    if (listBackups(dataDir).includes(fileName)) return backupPath(dataDir, fileName);
    throw new ApiFailure('notFound', `there is no backup named "${fileName}"`);
  }
  if (listSetAside(dataDir).some((library) => library.fileName === fileName)) return join(dataDir, fileName);
  throw new ApiFailure('notFound', `there is no backup or set-aside library named "${fileName}"`);
}

/** Check that SQLite can read a restorable file, before anything is changed. */
export function checkRestorable(path: string, fileName: string): void {
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
  const what = BACKUP_FILE_PATTERN.test(fileName) ? `the backup "${fileName}"` : `the set-aside library "${fileName}"`;
  if (check !== 'ok') throw new ApiFailure('invalidDocument', `${what} is damaged (${String(check)}); choose another`);
}

/** Keep the library under a second name: a hard link (instant, no space), else a full copy. */
function keepCopy(live: string, keptAs: string): void {
  try {
    linkSync(live, keptAs);
  } catch {
    const partial = `${keptAs}.partial`;
    copyFileSync(live, partial);
    syncFile(partial);
    renameSync(partial, keptAs);
  }
}

/**
 * Put a restorable file in place of the (closed, checkpointed) library, so that a crash at any
 * moment leaves the old library or the restored one, never neither (issue 18: a kill between
 * "rename the library aside" and "rename the copy in" left no library, and the next start an
 * empty one). Steps: copy the source completely beside the library; write the journal; give the
 * library a second name (keptAs); rename the copy over the library, one atomic step; mark the
 * journal finished. recoverRestore reads the journal at the next start if any step is cut short.
 */
export function swapIn(dataDir: string, source: string, fileName: string, now: Date): { keptAs: string } {
  const live = join(dataDir, DATABASE_FILE);
  const temp = join(dataDir, RESTORING_FILE);
  // Closing the last connection merges the write-ahead log; anything left in it belongs to the
  // library and would be lost with it, so refuse before changing anything.
  if (existsSync(`${live}-wal`) && statSync(`${live}-wal`).size > 0) {
    throw new ApiFailure('internal', 'the library still has unsaved changes in its write-ahead log; restart Envelope and restore again');
  }
  rmSync(temp, { force: true });
  // VACUUM INTO reads a consistent snapshot (a set-aside library may come with its WAL) and writes a plain file.
  const reader = new Database(source, { readonly: true, fileMustExist: true });
  try {
    reader.prepare('VACUUM INTO ?').run(temp);
  } finally {
    reader.close();
  }
  syncFile(temp);
  const keptAs = setAsideName(dataDir, DATABASE_FILE, 'replaced', now);
  const startedAt = now.toISOString();
  const before = readJournal(dataDir);
  const previous = before?.finished ? { fileName: before.fileName, keptAs: before.keptAs, startedAt: before.startedAt } : undefined;
  writeJournal(dataDir, { fileName, keptAs, startedAt, finished: false, ...(previous ? { previous } : {}) });
  if (existsSync(live)) keepCopy(live, join(dataDir, keptAs));
  syncDirectory(dataDir);
  rmSync(`${live}-wal`, { force: true });
  rmSync(`${live}-shm`, { force: true });
  renameSync(temp, live);
  syncDirectory(dataDir);
  writeJournal(dataDir, { fileName, keptAs, startedAt, finished: true });
  return { keptAs };
}
