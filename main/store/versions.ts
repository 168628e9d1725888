import type Database from 'better-sqlite3';
import { ApiFailure } from '../../shared/api/result';
import { ChangeSummarySchema, restoreDesign, summarizeChange, type ChangeSummary, type Design } from '../../shared/model';
import type { VersionInfo, VersionKind } from '../../shared/api/historySchemas';

/** An autosave leaves a checkpoint when the newest version of its design is older than this. */
export const AUTO_CHECKPOINT_INTERVAL_MS = 5 * 60_000;
/** Automatic checkpoints kept per design; named, restore and import versions are never pruned. */
export const MAX_AUTO_VERSIONS = 200;

interface VersionRow {
  id: number;
  label: string | null;
  created_at: string;
  kind: VersionKind;
  summary: string | null;
  restored_from: number | null;
}

function parseSummary(text: string | null): ChangeSummary | null {
  if (text === null) return null;
  try {
    const parsed = ChangeSummarySchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const infoOf = (row: VersionRow): VersionInfo => ({
  id: row.id,
  label: row.label,
  createdAt: row.created_at,
  kind: row.kind,
  summary: parseSummary(row.summary),
  restoredFrom: row.restored_from,
});

function parseOrNull(text: string | undefined): unknown {
  if (text === undefined) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * The history of each design: whole documents as JSON text, one row a version. Whole copies are
 * simple and fast to restore; a 1,000-block design is about 300 kB, so 200 checkpoints cost about
 * 60 MB at worst. Deltas would be the next step if libraries grow large.
 */
export class VersionRepository {
  private readonly statements;

  constructor(
    private readonly db: Database.Database,
    private readonly clock: () => Date = () => new Date(),
  ) {
    const columns = 'id, label, created_at, kind, summary, restored_from';
    this.statements = {
      design: db.prepare('SELECT id, name, document, updated_at FROM designs WHERE id = ? AND deleted_at IS NULL'),
      list: db.prepare(`SELECT ${columns} FROM versions WHERE design_id = ? ORDER BY id DESC`),
      get: db.prepare(`SELECT ${columns}, document FROM versions WHERE design_id = ? AND id = ?`),
      latest: db.prepare('SELECT id, created_at FROM versions WHERE design_id = ? ORDER BY id DESC LIMIT 1'),
      latestDocument: db.prepare('SELECT document FROM versions WHERE design_id = ? ORDER BY id DESC LIMIT 1').pluck(),
      // Compared inside SQLite so a checkpoint check never copies the document into JavaScript.
      unchanged: db
        .prepare(
          'SELECT (SELECT document FROM designs WHERE id = @id) IS (SELECT document FROM versions WHERE design_id = @id ORDER BY id DESC LIMIT 1)',
        )
        .pluck(),
      insert: db.prepare(
        'INSERT INTO versions (design_id, label, document, created_at, kind, summary, restored_from) VALUES (@design_id, @label, @document, @created_at, @kind, @summary, @restored_from)',
      ),
      prune: db.prepare(
        "DELETE FROM versions WHERE design_id = @id AND kind = 'auto' AND id NOT IN (SELECT id FROM versions WHERE design_id = @id AND kind = 'auto' ORDER BY id DESC LIMIT @keep)",
      ),
      setDocument: db.prepare(
        'UPDATE designs SET document = @document, updated_at = @updated_at, block_count = @block_count WHERE id = @id AND deleted_at IS NULL',
      ),
    };
  }

  private design(id: string): { id: string; name: string; document: string; updated_at: string } {
    const row = this.statements.design.get(id) as { id: string; name: string; document: string; updated_at: string } | undefined;
    if (!row) throw new ApiFailure('notFound', `no design with id "${id}"; it may have been deleted`);
    return row;
  }

  list(designId: string): VersionInfo[] {
    this.design(designId);
    return (this.statements.list.all(designId) as VersionRow[]).map(infoOf);
  }

  /** A version's document, through the same restore step as any stored document. */
  get(designId: string, versionId: number): { version: VersionInfo; document: Design } {
    this.design(designId);
    const row = this.statements.get.get(designId, versionId) as (VersionRow & { document: string }) | undefined;
    if (!row) throw new ApiFailure('notFound', `design "${designId}" has no version ${versionId}; it may have been pruned`);
    const restored = restoreDesign(row.document);
    if (!restored.ok) {
      throw new ApiFailure(restored.code === 'newerVersion' ? 'newerVersion' : 'invalidDocument', `version ${versionId} cannot be read: ${restored.message}`);
    }
    return { version: infoOf(row), document: { ...restored.design, id: designId } };
  }

  /** Append a version, summarising its difference from the newest one before it. */
  record(
    designId: string,
    kind: VersionKind,
    document: string,
    options: { label?: string | null; restoredFrom?: number | null; createdAt?: string } = {},
  ): VersionInfo {
    const previous = this.statements.latestDocument.get(designId) as string | undefined;
    const summary = summarizeChange(parseOrNull(previous), parseOrNull(document));
    const row = {
      design_id: designId,
      label: options.label ?? null,
      document,
      created_at: options.createdAt ?? this.clock().toISOString(),
      kind,
      summary: JSON.stringify(summary),
      restored_from: options.restoredFrom ?? null,
    };
    const info = this.statements.insert.run(row);
    if (kind === 'auto') this.statements.prune.run({ id: designId, keep: MAX_AUTO_VERSIONS });
    return infoOf({ ...row, id: Number(info.lastInsertRowid) });
  }

  /** Keep the design's stored state as an automatic version, unless the newest version already holds it. */
  checkpoint(designId: string): VersionInfo | null {
    const design = this.design(designId);
    if (this.statements.unchanged.get({ id: designId }) === 1) return null;
    // Stamped with the time it was taken (not the state's last save), which is what the
    // next checkpointIfDue measures its interval from.
    return this.record(designId, 'auto', design.document);
  }

  /** Called before every autosave: checkpoint when the newest version is old or there is none. */
  checkpointIfDue(designId: string): VersionInfo | null {
    const latest = this.statements.latest.get(designId) as { created_at: string } | undefined;
    if (latest && this.clock().getTime() - Date.parse(latest.created_at) < AUTO_CHECKPOINT_INTERVAL_MS) return null;
    return this.checkpoint(designId);
  }

  saveNamed(designId: string, label: string): VersionInfo {
    const design = this.design(designId);
    return this.record(designId, 'named', design.document, { label });
  }

  /**
   * Make an old version current without overwriting anything: checkpoint the current state first,
   * then write the old document as the design's document and record that as a version of its own.
   * The design keeps its current name (a rename is not part of a version's content).
   */
  restore(designId: string, versionId: number): { checkpoint: VersionInfo | null; restored: VersionInfo } {
    return this.db.transaction(() => {
      const { version, document } = this.get(designId, versionId);
      const checkpoint = this.checkpoint(designId);
      const current = this.design(designId);
      const text = JSON.stringify({ ...document, id: designId, name: current.name });
      const stamp = this.clock().toISOString();
      this.statements.setDocument.run({ id: designId, document: text, updated_at: stamp, block_count: document.nodes.length });
      const restored = this.record(designId, 'restore', text, { label: version.label, restoredFrom: version.id, createdAt: stamp });
      return { checkpoint, restored };
    })();
  }
}
