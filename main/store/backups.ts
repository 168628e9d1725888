import type Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUP_FILE_PATTERN } from '../../shared/api/historySchemas';

/** Backups live in their own folder inside the data folder; only files named by backupName count. */
export const BACKUP_DIR = 'backups';
/** A start-up backup is taken when the newest one is older than this. */
export const BACKUP_INTERVAL_MS = 24 * 60 * 60_000;
/** Backups kept; the oldest beyond this are deleted after each new one. */
export const MAX_BACKUPS = 10;

/** 2026-05-01T12:00:00.123Z -> 20260501T120000123Z: sortable, and legal in every file system. */
export const compactStamp = (date: Date): string => date.toISOString().replace(/[-:.]/g, '');

/** e.g. envelope-v2-20260501T120000123Z.sqlite: the schema version it holds and when it was taken. */
export const backupName = (schemaVersion: number, date: Date): string => `envelope-v${schemaVersion}-${compactStamp(date)}.sqlite`;

const stampOf = (name: string): string => name.slice(name.lastIndexOf('-') + 1);

/** Backup file names, newest first. */
export function listBackups(dataDir: string): string[] {
  const dir = join(dataDir, BACKUP_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => BACKUP_FILE_PATTERN.test(name))
    .sort((a, b) => (stampOf(a) < stampOf(b) ? 1 : stampOf(a) > stampOf(b) ? -1 : 0));
}

/** When a backup was taken, read back from its name. */
export function backupDate(name: string): Date {
  const s = stampOf(name);
  return new Date(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`);
}

export const backupPath = (dataDir: string, name: string): string => join(dataDir, BACKUP_DIR, name);

/**
 * Copy the open database into the backups folder. VACUUM INTO writes a consistent, compacted copy
 * from inside a read transaction, synchronously (better-sqlite3's backup() is asynchronous, and
 * start-up is not). It writes to a temporary name first, so a crash mid-copy never leaves a
 * half-written file that looks like a backup.
 */
export function backupDatabase(db: Database.Database, dataDir: string, date: Date): string {
  const version = db.pragma('user_version', { simple: true }) as number;
  const name = backupName(version, date);
  mkdirSync(join(dataDir, BACKUP_DIR), { recursive: true });
  const target = backupPath(dataDir, name);
  const temp = `${target}.partial`;
  // A copy cut short by a crash is never listed; clear it away.
  for (const stale of readdirSync(join(dataDir, BACKUP_DIR)).filter((f) => f.endsWith('.partial'))) {
    rmSync(backupPath(dataDir, stale), { force: true });
  }
  db.prepare('VACUUM INTO ?').run(temp);
  renameSync(temp, target);
  for (const old of listBackups(dataDir).slice(MAX_BACKUPS)) rmSync(backupPath(dataDir, old), { force: true });
  return name;
}

/** Take a backup before migrating an existing library, or when the newest backup is a day old. */
export function backupIfDue(db: Database.Database, dataDir: string, latestVersion: number, now: Date): string | undefined {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version === 0) return undefined; // a brand-new file holds nothing yet
  const [newest] = listBackups(dataDir);
  const stale = newest === undefined || now.getTime() - backupDate(newest).getTime() >= BACKUP_INTERVAL_MS;
  if (version < latestVersion || stale) return backupDatabase(db, dataDir, now);
  return undefined;
}
