import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runMigrations, StoreTooNewError } from '../../main/store/migrate';
import { migrations } from '../../main/store/migrations';
import { openDatabase, DATABASE_FILE } from '../../main/store/open';
import { openLibrary } from '../../main/store/library';
import { BACKUP_DIR } from '../../main/store/backups';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'envelope-store-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

const tables = (db: Database.Database): string[] =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);

const document = (id: string, label: string) =>
  JSON.stringify({ id, name: 'Old design', schemaVersion: 1, nodes: [{ id: 'n1', kind: 'client', label, position: { x: 0, y: 0 } }], edges: [] });
const stamp = '2026-01-01T00:00:00.000Z';

interface Seeded {
  designs: { id: string; name: string; document: string; deleted_at: string | null }[];
  live: [string, number][];
  versions: [string | null, string][];
}

/** For each schema version, rows as the build of that version wrote them. */
const seedVersion: Record<number, (db: Database.Database) => Seeded> = {
  1: (db) => {
    const doc = document('d_old', 'Users');
    db.prepare('INSERT INTO designs (id, name, document, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run('d_old', 'Old design', doc, stamp, stamp);
    return { designs: [{ id: 'd_old', name: 'Old design', document: doc, deleted_at: null }], live: [['d_old', 1]], versions: [] };
  },
  2: (db) => {
    const doc = document('d_old', 'Users');
    const gone = document('d_trashed', 'Gone');
    const insert = db.prepare('INSERT INTO designs (id, name, document, created_at, updated_at, block_count, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    insert.run('d_old', 'Old design', doc, stamp, stamp, 1, null);
    insert.run('d_trashed', 'Old design', gone, stamp, stamp, 1, stamp);
    const version = db.prepare('INSERT INTO versions (design_id, label, document, created_at) VALUES (?, ?, ?, ?)');
    version.run('d_old', null, doc, stamp);
    version.run('d_old', 'Before the rewrite', doc, stamp);
    return {
      designs: [
        { id: 'd_old', name: 'Old design', document: doc, deleted_at: null },
        { id: 'd_trashed', name: 'Old design', document: gone, deleted_at: stamp },
      ],
      live: [['d_old', 1]],
      versions: [['Before the rewrite', 'named'], [null, 'auto']],
    };
  },
  3: (db) => {
    const doc = document('d_old', 'Users');
    db.prepare('INSERT INTO designs (id, name, document, created_at, updated_at, block_count, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run('d_old', 'Old design', doc, stamp, stamp, 1, stamp);
    const version = db.prepare('INSERT INTO versions (design_id, label, document, created_at, kind) VALUES (?, ?, ?, ?, ?)');
    version.run('d_old', null, doc, stamp, 'auto');
    version.run('d_old', 'Before practice', doc, stamp, 'named');
    return { designs: [{ id: 'd_old', name: 'Old design', document: doc, deleted_at: null }], live: [['d_old', 1]], versions: [['Before practice', 'named'], [null, 'auto']] };
  },
};

describe('store migrations', () => {
  it('have a seed for every earlier schema version', () => {
    expect(Object.keys(seedVersion).map(Number)).toEqual(migrations.slice(0, -1).map((m) => m.version));
  });

  it('bring an empty database to the newest version with WAL and foreign keys on', () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(tables(db)).toEqual(expect.arrayContaining(['designs', 'versions']));
    db.close();
  });

  it('upgrade a database of every earlier version and keep everything it held', () => {
    for (let upTo = 1; upTo < migrations.length; upTo++) {
      const dir = tempDir();
      const old = new Database(join(dir, DATABASE_FILE));
      runMigrations(old, migrations.slice(0, upTo));
      const version = migrations[upTo - 1]!.version;
      expect(old.pragma('user_version', { simple: true })).toBe(version);
      const seeded = seedVersion[version]!(old);
      old.close();

      const library = openLibrary(dir, () => new Date('2026-03-01T00:00:00.000Z'));
      const { db } = library;
      expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
      // Every row comes through with its document byte for byte.
      const rows = db.prepare('SELECT id, name, document, deleted_at FROM designs ORDER BY id').all();
      expect(rows).toEqual(seeded.designs);
      expect(library.designs.list().map((d) => [d.id, d.blockCount])).toEqual(seeded.live);
      expect(library.designs.get('d_old').document.nodes[0]?.label).toBe('Users');
      if (seeded.versions.length) {
        const history = library.versions.list('d_old');
        expect(history.map((v) => [v.label, v.kind])).toEqual(seeded.versions);
        expect(library.versions.get('d_old', history.at(-1)!.id).document.nodes).toHaveLength(1);
      }
      // The library was copied aside before it was migrated, named with the version it held.
      expect(library.opening.backupFile).toMatch(new RegExp(`^envelope-v${version}-\\d{8}T\\d{9}Z\\.sqlite$`));
      const backup = new Database(join(dir, BACKUP_DIR, library.opening.backupFile!), { readonly: true });
      expect(backup.pragma('user_version', { simple: true })).toBe(version);
      expect(backup.prepare('SELECT count(*) FROM designs').pluck().get()).toBe(seeded.designs.length);
      backup.close();
      db.close();
    }
  });

  it('refuse a database from a newer build without touching it', () => {
    const dir = tempDir();
    const db = new Database(join(dir, DATABASE_FILE));
    db.pragma('user_version = 999');
    expect(() => runMigrations(db)).toThrow(StoreTooNewError);
    expect(db.pragma('user_version', { simple: true })).toBe(999);
    db.close();
  });

  it('roll back a failing migration whole, leaving the previous version', () => {
    const dir = tempDir();
    const db = new Database(join(dir, DATABASE_FILE));
    const broken = [
      migrations[0]!,
      { version: 2, name: 'broken', up: (d: Database.Database) => { d.exec('CREATE TABLE half (x)'); throw new Error('boom'); } },
    ];
    expect(() => runMigrations(db, broken)).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(tables(db)).not.toContain('half');
    db.close();
  });
});
