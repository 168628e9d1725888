import type { Migration } from './types';

/**
 * What the history panel and the library need beyond 0002: why each version exists (kind), its
 * change summary against the version before it (JSON, computed once when recorded, so listing a
 * history never parses documents), which version a restore brought back, and when each design was
 * last opened (for "recent").
 */
export const migration0003: Migration = {
  version: 3,
  name: 'history kinds and recent designs',
  up: (db) => {
    db.exec(`
      ALTER TABLE versions ADD COLUMN kind TEXT NOT NULL DEFAULT 'auto'
        CHECK (kind IN ('auto', 'named', 'restore', 'import'));
      UPDATE versions SET kind = 'named' WHERE label IS NOT NULL;
      ALTER TABLE versions ADD COLUMN summary TEXT;
      ALTER TABLE versions ADD COLUMN restored_from INTEGER;
      CREATE INDEX versions_design_kind ON versions(design_id, kind, id DESC);
      ALTER TABLE designs ADD COLUMN opened_at TEXT;
      CREATE INDEX designs_opened_at ON designs(opened_at DESC) WHERE opened_at IS NOT NULL;
      CREATE INDEX designs_deleted_at ON designs(deleted_at DESC) WHERE deleted_at IS NOT NULL;
    `);
  },
};
