import type Database from 'better-sqlite3';
import { migrations as allMigrations, type Migration } from './migrations';

export class StoreTooNewError extends Error {}

/**
 * Bring the database up to the newest migration. Each step runs in its own transaction together
 * with its `PRAGMA user_version`, so a crash leaves the database at a whole version.
 */
export function runMigrations(db: Database.Database, migrations: readonly Migration[] = allMigrations): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new StoreTooNewError(
      `the database is at schema version ${current}, newer than this build knows (${latest}); update Envelope`,
    );
  }
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      migration.up(db);
      // PRAGMA takes no bound parameters; the version is an integer from our own list.
      db.pragma(`user_version = ${Math.trunc(migration.version)}`);
    })();
  }
  return db.pragma('user_version', { simple: true }) as number;
}
