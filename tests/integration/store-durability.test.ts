import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../main/services';
import { BACKUP_DIR } from '../../main/store/backups';
import { DATABASE_FILE } from '../../main/store/open';
import type { OperationInput, OperationOutput } from '../../shared/api/contract';
import type { OperationName } from '../../shared/api/operations';

let dir: string;
let now: Date;
let services: Services | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'envelope-durable-'));
  now = new Date('2026-04-01T09:00:00.000Z');
});
afterEach(() => {
  services?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Start the app on the data folder (closing a running one first), as a relaunch would. */
function launch(): Services {
  services?.close();
  services = createServices(dir, { clock: () => now });
  return services;
}

async function call<K extends OperationName>(operation: K, input: OperationInput<K>): Promise<OperationOutput<K>> {
  const result = await services!.dispatch(operation, input);
  if (!result.ok) throw new Error(`${operation}: ${result.error.code}: ${result.error.message}`);
  return result.value as OperationOutput<K>;
}

const names = async (): Promise<string[]> => (await call('listDesigns', {})).map((d) => d.name).sort();
const dbPath = (): string => join(dir, DATABASE_FILE);
const nextDay = (): void => {
  now = new Date(now.getTime() + 25 * 60 * 60_000);
};

/** A library with designs "Kept" (in yesterday's backup) and "Later" (made since). */
async function libraryWithBackup(): Promise<string> {
  launch();
  await call('createDesign', { name: 'Kept' });
  nextDay();
  launch();
  const { backups } = await call('storeStatus', {});
  expect(backups).toHaveLength(1);
  await call('createDesign', { name: 'Later' });
  return backups[0]!;
}

describe('a damaged library', () => {
  it('is kept aside when the file is garbage, and the app opens on a fresh one and says so', async () => {
    launch();
    await call('createDesign', { name: 'Lost?' });
    services!.close();
    const garbage = randomBytes(64 * 1024);
    writeFileSync(dbPath(), garbage);

    launch();
    const status = await call('storeStatus', {});
    expect(status.damagedFile).toMatch(/^envelope\.sqlite\.damaged-\d{8}T\d{9}Z$/);
    expect(readFileSync(join(dir, status.damagedFile!))).toEqual(garbage);
    expect(status.message).toMatch(/library was damaged .*file is not a database.*kept as "envelope\.sqlite\.damaged-.*There is no backup/);
    expect(await names()).toEqual([]);
    await call('createDesign', { name: 'Fresh start' });
    expect(await names()).toEqual(['Fresh start']);
  });

  it('is detected when a page inside a valid file is overwritten', async () => {
    launch();
    const { summary } = await call('createDesign', { name: 'Big' });
    const { document } = await call('getDesign', { id: summary.id });
    const nodes = Array.from({ length: 2_000 }, (_, i) => ({ id: `n${i}`, kind: 'appServer', label: `block ${i}`, position: { x: i, y: 0 }, params: {} }));
    await call('saveDesign', { id: summary.id, document: { ...document, nodes } });
    services!.close();
    const bytes = readFileSync(dbPath());
    const pageSize = 4096;
    expect(bytes.length).toBeGreaterThan(pageSize * 8);
    // Overwrite every page but the header page with noise: the file still opens, its content cannot be read.
    randomBytes(bytes.length - pageSize).copy(bytes, pageSize);
    writeFileSync(dbPath(), bytes);

    launch();
    const status = await call('storeStatus', {});
    expect(status.damagedFile).toBeDefined();
    expect(statSync(join(dir, status.damagedFile!)).size).toBe(bytes.length);
    expect(await names()).toEqual([]);
  });

  it('offers the newest backup, which restores the designs it held', async () => {
    const backup = await libraryWithBackup();
    services!.close();
    writeFileSync(dbPath(), Buffer.from('this is not SQLite at all'));
    nextDay();
    launch();
    const status = await call('storeStatus', {});
    expect(status.backups[0]).toBe(backup);
    expect(status.message).toMatch(/newest backup is from 2026-04-02 \d\d:\d\d UTC; you can restore it/);

    await call('restoreBackup', { fileName: backup });
    expect(await names()).toEqual(['Kept']);
  });
});

describe('backups', () => {
  it('are taken daily at start-up, not on every start', async () => {
    launch();
    expect((await call('storeStatus', {})).backups).toEqual([]);
    launch();
    // The first start on an existing library backs it up; a restart the same day does not.
    expect((await call('storeStatus', {})).backups).toHaveLength(1);
    launch();
    expect((await call('storeStatus', {})).backups).toHaveLength(1);
    nextDay();
    launch();
    expect((await call('storeStatus', {})).backups).toHaveLength(2);
  });

  it('restore in place of the current library, which is kept aside', async () => {
    const backup = await libraryWithBackup();
    expect(await names()).toEqual(['Kept', 'Later']);

    const { restored, keptAs } = await call('restoreBackup', { fileName: backup });
    expect(restored).toBe(backup);
    expect(await names()).toEqual(['Kept']);
    // The library that was replaced still holds "Later", and the backup is still a backup.
    const replaced = new Database(join(dir, keptAs), { readonly: true });
    expect(replaced.prepare('SELECT name FROM designs ORDER BY name').pluck().all()).toEqual(['Kept', 'Later']);
    replaced.close();
    expect(existsSync(join(dir, BACKUP_DIR, backup))).toBe(true);
    expect((await call('storeStatus', {})).message).toMatch(/was restored; the library it replaced was kept as "envelope\.sqlite\.replaced-/);
    // The store works on the restored file.
    await call('createDesign', { name: 'After' });
    expect(await names()).toEqual(['After', 'Kept']);
  });

  it('accept only the names of this folder\'s own backups', async () => {
    const backup = await libraryWithBackup();
    writeFileSync(join(dir, 'envelope-v3-20260101T000000000Z.sqlite'), readFileSync(join(dir, BACKUP_DIR, backup)));
    const attempts = [
      '../envelope.sqlite',
      `../${BACKUP_DIR}/${backup}`,
      `/${backup}`,
      `${backup}/../../envelope.sqlite`,
      join(dir, BACKUP_DIR, backup),
      'envelope.sqlite',
      `${backup}\0`,
    ];
    for (const fileName of attempts) {
      const result = await services!.dispatch('restoreBackup', { fileName });
      expect(result, fileName).toMatchObject({ ok: false, error: { code: 'badRequest', message: expect.stringMatching(/not the name of one of Envelope's backups/) } });
    }
    // Well-formed, but not in the backups folder (it sits in the data folder itself).
    const result = await services!.dispatch('restoreBackup', { fileName: 'envelope-v3-20260101T000000000Z.sqlite' });
    expect(result).toMatchObject({ ok: false, error: { code: 'notFound' } });
    expect(await names()).toEqual(['Kept', 'Later']);
  });

  it('refuse a damaged backup and leave the library as it was', async () => {
    const backup = await libraryWithBackup();
    writeFileSync(join(dir, BACKUP_DIR, backup), randomBytes(8192));
    const result = await services!.dispatch('restoreBackup', { fileName: backup });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidDocument', message: expect.stringMatching(/backup .* is damaged/) } });
    expect(await names()).toEqual(['Kept', 'Later']);
    expect(readdirSync(dir).filter((f) => f.includes('replaced'))).toEqual([]);
  });
});
