import type { Migration } from './types';

/**
 * Practice sessions (issue 20): one row per session with the prompt it was given (a copy, so a
 * session reads back even if an imported prompt is replaced), its clock, worksheet, checklist and
 * review; the design snapshots taken during it, for replay; and the prompts a user imported.
 * A session's design is an ordinary design; deleting the design does not delete the session.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'practice sessions',
  up: (db) => {
    db.exec(`
      CREATE TABLE practice_sessions (
        id TEXT PRIMARY KEY,
        design_id TEXT NOT NULL,
        prompt_id TEXT NOT NULL,
        prompt_title TEXT NOT NULL,
        prompt TEXT NOT NULL,
        minutes INTEGER NOT NULL CHECK (minutes IN (35, 45, 60)),
        started_at TEXT NOT NULL,
        elapsed_ms INTEGER NOT NULL DEFAULT 0,
        paused INTEGER NOT NULL DEFAULT 0,
        worksheet TEXT NOT NULL DEFAULT '{}',
        covered TEXT NOT NULL DEFAULT '[]',
        revealed INTEGER NOT NULL DEFAULT 0,
        checked INTEGER NOT NULL DEFAULT 0,
        ended_at TEXT,
        review TEXT,
        score INTEGER
      );
      CREATE INDEX practice_sessions_started_at ON practice_sessions(started_at DESC);
      CREATE TABLE practice_snapshots (
        session_id TEXT NOT NULL REFERENCES practice_sessions(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        elapsed_ms INTEGER NOT NULL,
        phase TEXT NOT NULL,
        document TEXT NOT NULL,
        PRIMARY KEY (session_id, seq)
      );
      CREATE TABLE practice_prompts (
        id TEXT PRIMARY KEY,
        prompt TEXT NOT NULL,
        imported_at TEXT NOT NULL
      );
    `);
  },
};
