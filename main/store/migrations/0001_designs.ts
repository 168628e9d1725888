import type { Migration } from './types';

/** The design library: one row a design, its document as JSON text. */
export const migration0001: Migration = {
  version: 1,
  name: 'designs',
  up: (db) => {
    db.exec(`
      CREATE TABLE designs (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        document    TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );
      CREATE INDEX designs_updated_at ON designs(updated_at DESC);
    `);
  },
};
