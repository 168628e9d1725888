import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../main/services';
import { DATABASE_FILE } from '../../main/store/files';
import type { OperationInput, OperationOutput } from '../../shared/api/contract';
import type { OperationName } from '../../shared/api/operations';

/** Issue 18, finding 1: libraries set aside are named, can be put back, and are never lost to an empty one. */
let dir: string;
let now: Date;
let services: Services | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'envelope-restore-'));
  now = new Date('2026-04-01T09:00:00.000Z');
});
afterEach(() => {
  services?.close();
  rmSync(dir, { recursive: true, force: true });
});

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

/** "Kept" in yesterday's backup, "Later" made since. */
async function libraryWithBackup(): Promise<string> {
  launch();
  await call('createDesign', { name: 'Kept' });
  now = new Date(now.getTime() + 25 * 60 * 60_000);
  launch();
  const [backup] = (await call('storeStatus', {})).backups;
  await call('createDesign', { name: 'Later' });
  return backup!;
}

describe('libraries set aside', () => {
  it('a start that finds none in place but one a restore set aside puts it back and says so, instead of starting empty', async () => {
    launch();
    await call('createDesign', { name: 'Mine' });
    services!.close();
    services = undefined;
    // What an earlier version left when killed between its two renames.
    renameSync(join(dir, DATABASE_FILE), join(dir, `${DATABASE_FILE}.replaced-20260401T090000000Z`));
    launch();
    expect(await names()).toEqual(['Mine']);
    const status = await call('storeStatus', {});
    expect(status.message).toMatch(/found no library .* but found "envelope\.sqlite\.replaced-20260401T090000000Z".* put back as your library/);
    expect(status.setAside).toEqual([]);
  });

  it('an empty library beside one a restore set aside (what an earlier version left) is pointed out', async () => {
    launch();
    await call('createDesign', { name: 'Mine' });
    services!.close();
    services = undefined;
    renameSync(join(dir, DATABASE_FILE), join(dir, `${DATABASE_FILE}.replaced-20260401T090000000Z`));
    // The earlier version then started an empty library; this one must not stay quiet about it.
    new Database(join(dir, DATABASE_FILE)).close();
    launch();
    expect(await names()).toEqual([]);
    const status = await call('storeStatus', {});
    expect(status.message).toMatch(/Your library is empty, but a library was kept aside .*"envelope\.sqlite\.replaced-20260401T090000000Z".* restore it from "Earlier libraries"/);
    await call('restoreBackup', { fileName: 'envelope.sqlite.replaced-20260401T090000000Z' });
    expect(await names()).toEqual(['Mine']);
  });

  it('are listed in the status, newest first, and can be restored like a backup', async () => {
    const backup = await libraryWithBackup();
    const { keptAs } = await call('restoreBackup', { fileName: backup });
    expect(await names()).toEqual(['Kept']);
    const status = await call('storeStatus', {});
    expect(status.setAside).toEqual([{ fileName: keptAs, reason: 'replaced', setAsideAt: now.toISOString() }]);
    expect(status.lastRestore).toMatchObject({ fileName: backup, outcome: 'restored', keptAs });

    now = new Date(now.getTime() + 60_000);
    const back = await call('restoreBackup', { fileName: keptAs });
    expect(await names()).toEqual(['Kept', 'Later']);
    expect((await call('storeStatus', {})).message).toMatch(new RegExp(`The library "${keptAs.replaceAll('.', '\\.')}" was restored; the library it replaced was kept as "${back.keptAs}"`));
    // Both earlier libraries stay: nothing a restore replaces is deleted.
    expect((await call('storeStatus', {})).setAside?.map((s) => s.fileName)).toEqual([back.keptAs, keptAs]);
  });

  it('two restores in the same millisecond keep both libraries they replaced', async () => {
    const backup = await libraryWithBackup();
    const first = await call('restoreBackup', { fileName: backup });
    const second = await call('restoreBackup', { fileName: backup });
    expect(second.keptAs).not.toBe(first.keptAs);
    expect(existsSync(join(dir, first.keptAs)) && existsSync(join(dir, second.keptAs))).toBe(true);
    // The first holds the library from before any restore.
    services!.close();
    services = undefined;
    launch();
    await call('restoreBackup', { fileName: first.keptAs });
    expect(await names()).toEqual(['Kept', 'Later']);
  });

  it('a name that only looks like a set-aside library is not found, and nothing changes', async () => {
    await libraryWithBackup();
    const result = await services!.dispatch('restoreBackup', { fileName: 'envelope.sqlite.replaced-20200101T000000000Z' });
    expect(result).toMatchObject({ ok: false, error: { code: 'notFound' } });
    expect(await names()).toEqual(['Kept', 'Later']);
  });
});
