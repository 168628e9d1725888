import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runMigrations } from './migrate';

export const DATABASE_FILE = 'envelope.sqlite';

/**
 * Open (creating if needed) the library database in `dataDir`.
 * WAL lets readers proceed during a write. synchronous=FULL makes every committed transaction
 * durable across power loss; with WAL it costs one fsync a commit (a few ms here), which autosave
 * can afford, while NORMAL could lose the last saves on power loss.
 */
export function openDatabase(dataDir: string): Database.Database {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, DATABASE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  runMigrations(db);
  return db;
}
