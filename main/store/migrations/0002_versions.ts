import type { Migration } from './types';

/**
 * Version history and the trash: every save can leave a checkpoint, and deleting a design
 * moves it to the trash (deleted_at) instead of losing it.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'versions and trash',
  up: (db) => {
    db.exec(`
      ALTER TABLE designs ADD COLUMN deleted_at TEXT;
      ALTER TABLE designs ADD COLUMN block_count INTEGER NOT NULL DEFAULT 0;
      CREATE TABLE versions (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        design_id   TEXT NOT NULL REFERENCES designs(id) ON DELETE CASCADE,
        label       TEXT,
        document    TEXT NOT NULL,
        created_at  TEXT NOT NULL
      );
      CREATE INDEX versions_design ON versions(design_id, id DESC);
    `);
    // Backfill counts so the library shows them without parsing every document on start.
    const rows = db.prepare('SELECT id, document FROM designs').all() as { id: string; document: string }[];
    const update = db.prepare('UPDATE designs SET block_count = ? WHERE id = ?');
    for (const row of rows) {
      let count = 0;
      try {
        const doc = JSON.parse(row.document) as { nodes?: unknown };
        if (Array.isArray(doc.nodes)) count = doc.nodes.length;
      } catch {
        // A damaged document keeps a count of 0; getDesign reports the damage itself.
      }
      update.run(count, row.id);
    }
  },
};
