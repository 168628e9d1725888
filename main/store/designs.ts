import type Database from 'better-sqlite3';
import { ApiFailure } from '../../shared/api/result';
import type { DesignRecord, DesignSummary } from '../../shared/api/contract';
import {
  applyPatch,
  describeIssues,
  DesignSchema,
  documentSizeProblem,
  emptyDesign,
  newId,
  restoreDesign,
  type Design,
  type DesignPatch,
} from '../../shared/model';
import type { VersionRepository } from './versions';

interface DesignRow {
  id: string;
  name: string;
  document: string;
  created_at: string;
  updated_at: string;
  block_count: number;
}

export function summaryOf(row: Omit<DesignRow, 'document'>, problem?: string): DesignSummary {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    blockCount: row.block_count,
    ...(problem ? { problem } : {}),
  };
}

/**
 * A document as the store keeps it: compact JSON, refused when it is over the size every design
 * file can hold (shared/api/limits.ts), so whatever is saved also exports and imports again.
 */
function storedText(document: Design): string {
  const text = JSON.stringify(document);
  const problem = documentSizeProblem(Buffer.byteLength(text, 'utf8'));
  if (problem) throw new ApiFailure('badRequest', problem);
  return text;
}

/** The design library over SQLite. Every write is one transaction; documents are JSON text. */
export class DesignRepository {
  private readonly statements;

  constructor(
    private readonly db: Database.Database,
    private readonly versions: VersionRepository,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.statements = {
      list: db.prepare(
        'SELECT id, name, created_at, updated_at, block_count FROM designs WHERE deleted_at IS NULL ORDER BY updated_at DESC',
      ),
      get: db.prepare('SELECT * FROM designs WHERE id = ? AND deleted_at IS NULL'),
      insert: db.prepare(
        'INSERT INTO designs (id, name, document, created_at, updated_at, block_count) VALUES (@id, @name, @document, @created_at, @updated_at, @block_count)',
      ),
      save: db.prepare(
        'UPDATE designs SET name = @name, document = @document, updated_at = @updated_at, block_count = @block_count WHERE id = @id AND deleted_at IS NULL',
      ),
      trash: db.prepare('UPDATE designs SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL'),
      createdAt: db.prepare('SELECT created_at FROM designs WHERE id = ?').pluck(),
      markOpened: db.prepare('UPDATE designs SET opened_at = ? WHERE id = ? AND deleted_at IS NULL'),
      recent: db.prepare(
        'SELECT id, name, created_at, updated_at, block_count, opened_at FROM designs WHERE opened_at IS NOT NULL AND deleted_at IS NULL ORDER BY opened_at DESC LIMIT ?',
      ),
    };
  }

  private now(): string {
    return this.clock().toISOString();
  }

  list(): DesignSummary[] {
    return (this.statements.list.all() as Omit<DesignRow, 'document'>[]).map((row) => summaryOf(row));
  }

  private row(id: string): DesignRow {
    const row = this.statements.get.get(id) as DesignRow | undefined;
    if (!row) throw new ApiFailure('notFound', `no design with id "${id}"; it may have been deleted`);
    return row;
  }

  get(id: string): DesignRecord {
    const row = this.row(id);
    const restored = restoreDesign(row.document);
    if (!restored.ok) {
      throw new ApiFailure(
        restored.code === 'newerVersion' ? 'newerVersion' : 'invalidDocument',
        `"${row.name}" cannot be opened: ${restored.message}. The stored copy is left untouched.`,
      );
    }
    // The row is the authority for id and name (rename does not rewrite the document).
    const document: Design = { ...restored.design, id: row.id, name: row.name };
    return { summary: summaryOf(row), document, repairs: restored.repairs };
  }

  create(name: string, document?: Design): DesignRecord {
    const id = newId('d');
    const doc: Design = document ? { ...document, id, name } : emptyDesign(id, name);
    const stamp = this.now();
    const row = { id, name, document: storedText(doc), created_at: stamp, updated_at: stamp, block_count: doc.nodes.length };
    this.statements.insert.run(row);
    return { summary: summaryOf(row), document: doc, repairs: [] };
  }

  save(id: string, document: Design): DesignSummary {
    if (document.id !== id) {
      throw new ApiFailure('badRequest', `the document's id "${document.id}" does not match the design "${id}"`);
    }
    const row = { id, name: document.name, document: storedText(document), updated_at: this.now(), block_count: document.nodes.length };
    return this.db.transaction(() => {
      const createdAt = this.statements.createdAt.get(id) as string | undefined;
      if (createdAt === undefined) throw new ApiFailure('notFound', `no design with id "${id}"; it may have been deleted`);
      // Checkpoint the state this save replaces, so an editing session's start stays in history.
      this.versions.checkpointIfDue(id);
      const info = this.statements.save.run(row);
      if (info.changes === 0) throw new ApiFailure('notFound', `no design with id "${id}"; it is in the trash`);
      return summaryOf({ ...row, created_at: createdAt });
    })();
  }

  /**
   * Apply the change since an earlier save to the stored document and save the result, checked
   * whole by the document schema (limits included) as a full save would be.
   */
  saveChanges(id: string, changes: DesignPatch): DesignSummary {
    return this.db.transaction(() => {
      const { document } = this.get(id);
      const merged = DesignSchema.safeParse(applyPatch(document, changes));
      if (!merged.success) throw new ApiFailure('badRequest', `the changes would make the design invalid: ${describeIssues(merged.error)}`);
      return this.save(id, merged.data);
    })();
  }

  rename(id: string, name: string): DesignSummary {
    const rename = this.db.transaction(() => {
      const row = this.row(id);
      let document = row.document;
      // Keep the stored document's name in step when it is readable; a damaged one is left as is.
      const restored = restoreDesign(document);
      if (restored.ok) document = JSON.stringify({ ...restored.design, name });
      const updated = { ...row, name, document, updated_at: this.now() };
      this.statements.save.run(updated);
      return summaryOf(updated);
    });
    return rename();
  }

  duplicate(id: string, name?: string): DesignSummary {
    const source = this.get(id);
    return this.create(name ?? `${source.summary.name} (copy)`, source.document).summary;
  }

  delete(id: string): { id: string } {
    const info = this.statements.trash.run(this.now(), id);
    if (info.changes === 0) throw new ApiFailure('notFound', `no design with id "${id}"; it may have been deleted already`);
    return { id };
  }

  /** A design from a file: a new design (new id) whose first version records the import. */
  importDesign(document: Design, fileName: string): DesignSummary {
    return this.db.transaction(() => {
      const created = this.create(document.name, document);
      this.versions.record(created.summary.id, 'import', JSON.stringify(created.document), { label: fileName });
      return created.summary;
    })();
  }

  markOpened(id: string): void {
    this.statements.markOpened.run(this.now(), id);
  }

  /** Designs by when they were last opened, newest first. */
  recent(limit: number): (DesignSummary & { openedAt: string })[] {
    const rows = this.statements.recent.all(limit) as (Omit<DesignRow, 'document'> & { opened_at: string })[];
    return rows.map((row) => ({ ...summaryOf(row), openedAt: row.opened_at }));
  }
}
