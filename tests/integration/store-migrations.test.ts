import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runMigrations, StoreTooNewError } from '../../main/store/migrate';
import { migrations } from '../../main/store/migrations';
import { openDatabase, DATABASE_FILE } from '../../main/store/open';
import { DesignRepository } from '../../main/store/designs';

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

describe('store migrations', () => {
  it('bring an empty database to the newest version with WAL and foreign keys on', () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(tables(db)).toEqual(expect.arrayContaining(['designs', 'versions']));
    db.close();
  });

  it('upgrade a database of every earlier version and keep its designs', () => {
    for (let upTo = 1; upTo < migrations.length; upTo++) {
      const dir = tempDir();
      const old = new Database(join(dir, DATABASE_FILE));
      runMigrations(old, migrations.slice(0, upTo));
      expect(old.pragma('user_version', { simple: true })).toBe(migrations[upTo - 1]!.version);
      const doc = { id: 'd_old', name: 'Old design', schemaVersion: 1, nodes: [{ id: 'n1', kind: 'client', label: 'Users', position: { x: 0, y: 0 } }], edges: [] };
      old.prepare('INSERT INTO designs (id, name, document, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run('d_old', 'Old design', JSON.stringify(doc), '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
      old.close();

      const db = openDatabase(dir);
      expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
      const repo = new DesignRepository(db);
      const [summary] = repo.list();
      expect(summary).toMatchObject({ id: 'd_old', name: 'Old design', blockCount: 1 });
      expect(repo.get('d_old').document.nodes[0]?.label).toBe('Users');
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
