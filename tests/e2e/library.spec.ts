import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDesign, designIdFromUrl, dragBlock, getDocument, snapshot, waitForSaved } from './helpers';

const fixture = (...parts: string[]): string => join(process.cwd(), 'tests', 'fixtures', ...parts);

async function designNames(page: Page): Promise<string[]> {
  const response = await page.request.post('/api/listDesigns', { data: {}, headers: { 'Content-Type': 'application/json' } });
  const result = (await response.json()) as { ok: boolean; value: { name: string }[] };
  return result.value.map((d) => d.name).sort();
}

async function openFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open file…' }).click();
  await (await chooser).setFiles(path);
}

test('a design from a template has its blocks, a thumbnail in the library, and shows under Recent', async ({ page }) => {
  const name = `Chat ${Date.now()}`;
  await page.goto('/');
  await page.getByLabel('New design name').fill(name);
  await page.getByLabel('Start from').selectOption({ label: 'Template: Chat app' });
  await page.getByRole('button', { name: 'New design' }).click();
  await page.waitForURL(/#\/design\//);
  await expect(page.locator('.react-flow__node-block')).toHaveCount(9);
  const doc = await getDocument(page, designIdFromUrl(page));
  expect(doc.edges).toHaveLength(8);
  expect(doc.name).toBe(name);

  await page.getByRole('button', { name: 'Back to the library' }).click();
  const card = page.getByTestId('design-card').filter({ hasText: name });
  // The thumbnail draws the template's 9 blocks and its region.
  await expect(card.locator('.design-sketch .sketch-block')).toHaveCount(9);
  await expect(card.locator('.design-sketch .sketch-group')).toHaveCount(1);
  await expect(page.locator('.recent-list')).toContainText(name);
  await snapshot(page, 'library-home');
});

test('sorting by name puts the designs in alphabetical order', async ({ page }) => {
  const stamp = Date.now();
  for (const name of [`Sort ${stamp} b`, `Sort ${stamp} c`, `Sort ${stamp} a`]) await createDesign(page, name);
  await page.goto('/');
  await page.getByLabel('Search designs').fill(`Sort ${stamp}`);
  const names = page.getByTestId('design-card').locator('.design-name');
  await expect(names).toHaveText([`Sort ${stamp} a`, `Sort ${stamp} c`, `Sort ${stamp} b`]);
  await page.getByLabel('Sort by').selectOption('name');
  await expect(names).toHaveText([`Sort ${stamp} a`, `Sort ${stamp} b`, `Sort ${stamp} c`]);
  await page.getByLabel('Sort by').selectOption('created');
  await expect(names).toHaveText([`Sort ${stamp} a`, `Sort ${stamp} c`, `Sort ${stamp} b`]);
});

test('a deleted design waits in the trash and comes back with its blocks', async ({ page }) => {
  const name = `Trash ${Date.now()}`;
  await createDesign(page, name);
  await dragBlock(page, 'cache', 300, 200);
  await waitForSaved(page);
  await page.getByRole('button', { name: 'Back to the library' }).click();

  const card = page.getByTestId('design-card').filter({ hasText: name });
  await card.getByRole('button', { name: 'Delete' }).click();
  await card.getByRole('button', { name: 'Confirm delete' }).click();
  await expect(page.getByTestId('design-card').filter({ hasText: name })).toHaveCount(0);

  await page.getByRole('tab', { name: /^Trash/ }).click();
  const row = page.getByTestId('trash-row').filter({ hasText: name });
  await expect(row).toHaveCount(1);
  await snapshot(page, 'library-trash');
  await row.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByTestId('trash-row').filter({ hasText: name })).toHaveCount(0);

  await page.getByRole('tab', { name: /^Designs/ }).click();
  const restored = page.getByTestId('design-card').filter({ hasText: name });
  await expect(restored).toContainText('1 block');
  await restored.locator('.design-open').click();
  await expect(page.locator('.react-flow__node-block')).toHaveCount(1);
});

test('emptying the trash asks first, then deletes for good', async ({ page }) => {
  const name = `Purge ${Date.now()}`;
  await createDesign(page, name);
  await page.getByRole('button', { name: 'Back to the library' }).click();
  const card = page.getByTestId('design-card').filter({ hasText: name });
  await card.getByRole('button', { name: 'Delete' }).click();
  await card.getByRole('button', { name: 'Confirm delete' }).click();
  await page.getByRole('tab', { name: /^Trash/ }).click();
  await page.getByRole('button', { name: 'Empty trash' }).click();
  await expect(page.getByText(/forever\? This cannot be undone/)).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('trash-row').filter({ hasText: name })).toHaveCount(1);
  await page.getByRole('button', { name: 'Empty trash' }).click();
  await page.getByRole('button', { name: 'Confirm empty trash' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  expect(await designNames(page)).not.toContain(name);
});

test('Open file… imports a design file and opens it', async ({ page }) => {
  await page.goto('/');
  await openFile(page, join(process.cwd(), 'docs', 'examples', 'url-shortener.envelope.json'));
  await page.waitForURL(/#\/design\//);
  await expect(page.locator('.react-flow__node-block')).toHaveCount(9);
  await expect(page.locator('.design-title')).toHaveText('URL shortener');
  await snapshot(page, 'library-imported-editor');
});

test('a bad file gets its clear message and the library is unchanged', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('tab', { name: /^Designs/ })).toBeVisible();
  const before = await designNames(page);

  await openFile(page, fixture('bad-files', 'truncated.envelope.json'));
  await expect(page.locator('.toast-error')).toContainText('"truncated.envelope.json" cannot be opened');
  await expect(page.locator('.toast-error')).toContainText('Nothing was changed');
  await snapshot(page, 'library-bad-file');
  await page.locator('.toast-error').getByRole('button').click();

  await openFile(page, fixture('bad-files', 'newer-version.envelope.json'));
  await expect(page.locator('.toast-error')).toContainText('made by a newer version of Envelope');
  await expect(page).toHaveURL(/#\/?$|\/$/);
  expect(await designNames(page)).toEqual(before);
});

test('dropping a design file on the editor opens it as a new design', async ({ page }) => {
  await createDesign(page, `Drop target ${Date.now()}`);
  const first = designIdFromUrl(page);
  const text = readFileSync(join(process.cwd(), 'docs', 'examples', 'url-shortener.envelope.json'), 'utf8');
  const dataTransfer = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'Dropped.envelope.json', { type: 'application/json' }));
    return transfer;
  }, text);
  await page.locator('.canvas').dispatchEvent('dragenter', { dataTransfer });
  await expect(page.locator('.file-drop')).toBeVisible();
  await page.locator('.canvas').dispatchEvent('dragover', { dataTransfer });
  await page.locator('.canvas').dispatchEvent('drop', { dataTransfer });
  await expect(page).not.toHaveURL(new RegExp(first));
  await expect(page.locator('.react-flow__node-block')).toHaveCount(9);
  await expect(page.locator('.file-drop')).toHaveCount(0);
});

test('"New design" from the editor\'s command palette goes to the library with the name box focused', async ({ page }) => {
  await createDesign(page, `Palette ${Date.now()}`);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('New design');
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/#\/design\//);
  await expect(page.getByLabel('New design name')).toBeFocused();
});
