import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { snapshot } from './helpers';

// Issue 18, finding 1, as a user meets it: backups and every library a restore set aside are listed
// on the library page, each can be put back, and putting one back keeps the current one aside.

const dataDir = process.env.E2E_DATA_DIR!;
const stamp = (d: Date): string => d.toISOString().replace(/[-:.]/g, '');

async function createByApi(page: import('@playwright/test').Page, name: string): Promise<void> {
  const res = await page.request.post('/api/createDesign', { data: { name }, headers: { 'Content-Type': 'application/json' } });
  expect(res.status()).toBe(200);
}

test('a backup is restored from the library page, and the library it replaced is put back the same way', async ({ page }) => {
  const suffix = Date.now();
  await page.goto('/');
  await createByApi(page, `Before backup ${suffix}`);
  // A backup as the store takes them (VACUUM INTO), made beside the running host.
  mkdirSync(join(dataDir, 'backups'), { recursive: true });
  const backup = `envelope-v3-${stamp(new Date())}.sqlite`;
  const live = new Database(join(dataDir, 'envelope.sqlite'), { readonly: true });
  live.prepare('VACUUM INTO ?').run(join(dataDir, 'backups', backup));
  live.close();
  await createByApi(page, `After backup ${suffix}`);

  await page.goto('/');
  await expect(page.getByText(`After backup ${suffix}`)).toBeVisible();
  const section = page.getByRole('region', { name: 'Library file' });
  await section.getByText(/Earlier libraries/).click();
  const backupRow = section.getByTestId('store-row').filter({ hasText: backup });
  await backupRow.getByRole('button', { name: 'Restore…' }).click();
  await snapshot(page, 'store-restore-confirm');
  await backupRow.getByRole('button', { name: 'Restore in place of the current library' }).click();

  await expect(section.getByRole('status')).toContainText('was restored; the library it replaced was kept as "envelope.sqlite.replaced-');
  await expect(page.getByText(`After backup ${suffix}`)).toHaveCount(0);
  await expect(page.getByText(`Before backup ${suffix}`)).toBeVisible();
  const keptRow = section.getByTestId('store-row').filter({ hasText: 'Replaced by a restore' }).first();
  await expect(keptRow).toBeVisible();
  await snapshot(page, 'store-restore-after-backup');

  // Changed their mind: the library the restore replaced comes back, with the design made since.
  await keptRow.getByRole('button', { name: 'Restore…' }).click();
  await keptRow.getByRole('button', { name: 'Restore in place of the current library' }).click();
  await expect(page.getByText(`After backup ${suffix}`)).toBeVisible();
  await expect(section.getByRole('status')).toContainText(/The library "envelope\.sqlite\.replaced-.*" was restored/);
  await snapshot(page, 'store-restore-put-back');
});
