import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createDesign, designIdFromUrl, dragBlock, getDocument, snapshot, waitForSaved } from './helpers';

async function nameVersion(page: Page, name: string): Promise<void> {
  await page.locator('.canvas').click({ position: { x: 600, y: 500 } });
  await page.keyboard.press('Control+s');
  await page.getByLabel('Version name').fill(name);
  await page.getByLabel('Version name').press('Enter');
  await expect(page.getByLabel('Version name')).toHaveCount(0);
}

test('restoring a named version brings the earlier state back and keeps the later one in history', async ({ page }) => {
  await createDesign(page, `History ${Date.now()}`);
  const id = designIdFromUrl(page);
  await dragBlock(page, 'client', 150, 200);
  await waitForSaved(page);
  await nameVersion(page, 'One client');

  // Change things right before restoring, without waiting for the autosave.
  await dragBlock(page, 'cache', 450, 200);
  await dragBlock(page, 'sqlDatabase', 650, 350);
  await expect(page.locator('.react-flow__node-block')).toHaveCount(3);

  await page.getByRole('tab', { name: 'History' }).click();
  const named = page.getByTestId('version-row').filter({ hasText: 'One client' });
  await expect(named).toHaveCount(1);
  await expect(named).toContainText('+1 block');
  await named.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('dialog', { name: 'Version preview' });
  await expect(preview.getByTestId('preview-counts')).toHaveText('1 block, 0 connections, 0 groups');
  await expect(preview.locator('.sketch-block')).toHaveCount(1);
  await snapshot(page, 'history-preview');
  await preview.getByRole('button', { name: 'Restore this version' }).click();

  await expect(page.locator('.react-flow__node-block')).toHaveCount(1);
  expect((await getDocument(page, id)).nodes.map((n) => n.kind)).toEqual(['client']);

  // The state with three blocks was checkpointed before the restore: nothing is lost.
  const rows = page.getByTestId('version-row');
  await expect(rows.first()).toHaveAttribute('data-kind', 'restore');
  await expect(rows.first()).toContainText('−2 blocks');
  const checkpoint = rows.nth(1);
  await expect(checkpoint).toContainText('+2 blocks');
  await checkpoint.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('dialog', { name: 'Version preview' }).getByTestId('preview-counts')).toHaveText('3 blocks, 0 connections, 0 groups');
  await page.getByRole('dialog', { name: 'Version preview' }).getByRole('button', { name: 'Close' }).click();
  await snapshot(page, 'history-panel');

  // And the restored design keeps autosaving as usual.
  await dragBlock(page, 'cdn', 450, 350);
  await waitForSaved(page);
  expect((await getDocument(page, id)).nodes).toHaveLength(2);
});

test('Save as file downloads the design as .envelope.json text', async ({ page }) => {
  const name = `File ${Date.now()}`;
  await createDesign(page, name);
  await dragBlock(page, 'appServer', 300, 200);
  await waitForSaved(page);
  await page.getByRole('tab', { name: 'History' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as file…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${name}.envelope.json`);
  const text = readFileSync((await file.path())!, 'utf8');
  const doc = JSON.parse(text) as { name: string; schemaVersion: number; nodes: { kind: string }[] };
  expect(doc).toMatchObject({ name, schemaVersion: 1 });
  expect(doc.nodes.map((n) => n.kind)).toEqual(['appServer']);
  expect(text.endsWith('}\n')).toBe(true);
});

test('Escape closes the version name dialog without saving a version', async ({ page }) => {
  await createDesign(page, `Cancel ${Date.now()}`);
  const id = designIdFromUrl(page);
  await page.keyboard.press('Control+s');
  await page.getByLabel('Version name').fill('Not kept');
  await snapshot(page, 'history-name-dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByLabel('Version name')).toHaveCount(0);
  const response = await page.request.post('/api/listVersions', { data: { designId: id }, headers: { 'Content-Type': 'application/json' } });
  const versions = ((await response.json()) as { value: { label: string | null }[] }).value;
  expect(versions.map((v) => v.label)).not.toContain('Not kept');
});
