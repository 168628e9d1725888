import type Database from 'better-sqlite3';

/** A numbered schema step. Each runs in its own transaction that also sets user_version. */
export interface Migration {
  version: number;
  name: string;
  up: (db: Database.Database) => void;
}
