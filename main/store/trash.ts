import type Database from 'better-sqlite3';
import { ApiFailure } from '../../shared/api/result';
import type { DesignSummary } from '../../shared/api/contract';
import { summaryOf } from './designs';

interface TrashRow {
  id: string;
  name: string;
  created_at: string;
  updated_at: string;
  block_count: number;
  deleted_at: string;
}

/**
 * Deleted designs stay in the table with deleted_at set until the trash is emptied. Purging is
 * the only real DELETE in the store; a design's versions go with it (ON DELETE CASCADE).
 */
export class TrashRepository {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      list: db.prepare(
        'SELECT id, name, created_at, updated_at, block_count, deleted_at FROM designs WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC',
      ),
      get: db.prepare('SELECT id, name, created_at, updated_at, block_count, deleted_at FROM designs WHERE id = ?'),
      restore: db.prepare('UPDATE designs SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL'),
      purge: db.prepare('DELETE FROM designs WHERE id = ? AND deleted_at IS NOT NULL'),
      empty: db.prepare('DELETE FROM designs WHERE deleted_at IS NOT NULL'),
    };
  }

  list(): (DesignSummary & { deletedAt: string })[] {
    return (this.statements.list.all() as TrashRow[]).map((row) => ({ ...summaryOf(row), deletedAt: row.deleted_at }));
  }

  private trashed(id: string): TrashRow {
    const row = this.statements.get.get(id) as (Omit<TrashRow, 'deleted_at'> & { deleted_at: string | null }) | undefined;
    if (!row) throw new ApiFailure('notFound', `no design with id "${id}"; it may have been removed from the trash`);
    if (row.deleted_at === null) throw new ApiFailure('conflict', `"${row.name}" is not in the trash`);
    return { ...row, deleted_at: row.deleted_at };
  }

  restore(id: string): DesignSummary {
    const row = this.trashed(id);
    this.statements.restore.run(id);
    return summaryOf(row);
  }

  purge(id: string): { id: string } {
    this.trashed(id);
    this.statements.purge.run(id);
    return { id };
  }

  empty(): { purged: number } {
    return { purged: this.statements.empty.run().changes };
  }
}
