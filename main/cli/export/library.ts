import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { restoreDesign } from '../../../shared/model/restore';
import type { DesignFileResult } from '../../../shared/model/designFile';
import { DATABASE_FILE } from '../../store/open';

/**
 * A design in the local library, by id or by name, read through a read-only connection: the
 * CLI never migrates, backs up or writes the library the app uses. Deleted designs are not found.
 */
export type LibraryLookup = DesignFileResult | { ok: false; code: 'notFound'; message: string };

export function designFromLibrary(dataDir: string, idOrName: string): LibraryLookup {
  const path = join(dataDir, DATABASE_FILE);
  if (!existsSync(path)) return { ok: false, code: 'notFound', message: `"${idOrName}" is neither a file nor a design in a library (there is no library at ${dataDir})` };
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare('SELECT id, name, document FROM designs WHERE deleted_at IS NULL AND (id = ? OR name = ? COLLATE NOCASE) ORDER BY (id = ?) DESC, updated_at DESC')
      .all(idOrName, idOrName, idOrName) as { id: string; name: string; document: string }[];
    const row = rows[0];
    if (!row) return { ok: false, code: 'notFound', message: `"${idOrName}" is neither a file nor the name or id of a design in the library at ${dataDir}` };
    if (rows.length > 1 && row.id !== idOrName) {
      return { ok: false, code: 'notFound', message: `${rows.length} designs in the library are named "${idOrName}"; give one's id instead (${rows.map((r) => r.id).join(', ')})` };
    }
    const restored = restoreDesign(row.document);
    if (!restored.ok) return { ok: false, code: restored.code === 'newerVersion' ? 'newerVersion' : 'invalidDocument', message: `"${row.name}" in the library cannot be read: ${restored.message}` };
    return { ok: true, design: { ...restored.design, id: row.id, name: row.name }, warnings: restored.repairs };
  } finally {
    db.close();
  }
}
