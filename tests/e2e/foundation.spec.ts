import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { connectBlocks, createDesign, dragBlock, snapshot, waitForSaved } from './helpers';

test('a design made on the canvas survives a reload and is in the SQLite file', async ({ page }) => {
  const name = `Foundation ${Date.now()}`;
  await createDesign(page, name);

  await dragBlock(page, 'client', 120, 200);
  await dragBlock(page, 'loadBalancer', 420, 200);
  await dragBlock(page, 'appServer', 720, 200);
  await expect(page.locator('.react-flow__node')).toHaveCount(3);

  // Connect client -> load balancer -> app server by dragging between handles.
  const connect = async (from: number, to: number) => {
    await connectBlocks(page, page.locator('.react-flow__node').nth(from), page.locator('.react-flow__node').nth(to));
  };
  await connect(0, 1);
  await connect(1, 2);
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  await waitForSaved(page);
  await snapshot(page, 'foundation-editor');

  await page.reload();
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  await expect(page.locator('.block-label')).toHaveText(['Client', 'Load balancer', 'Application server']);

  // Open the database with our own connection and read the saved document.
  const dataDir = process.env.E2E_DATA_DIR;
  if (!dataDir) throw new Error('E2E_DATA_DIR is not set by playwright.config.ts');
  const db = new Database(join(dataDir, 'envelope.sqlite'), { readonly: true });
  try {
    const row = db.prepare('SELECT document FROM designs WHERE name = ?').get(name) as { document: string } | undefined;
    expect(row).toBeDefined();
    const doc = JSON.parse(row!.document) as { nodes: { kind: string }[]; edges: { source: string; target: string }[] };
    expect(doc.nodes.map((n) => n.kind).sort()).toEqual(['appServer', 'client', 'loadBalancer']);
    expect(doc.edges).toHaveLength(2);
  } finally {
    db.close();
  }
});

test('the library lists, renames, duplicates and deletes designs', async ({ page }) => {
  const name = `Library ${Date.now()}`;
  await createDesign(page, name);
  await page.getByRole('button', { name: 'Back to the library' }).click();
  const card = page.getByTestId('design-card').filter({ hasText: name });
  await expect(card).toHaveCount(1);

  await card.getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('Design name', { exact: true }).fill(`${name} renamed`);
  await page.getByLabel('Design name', { exact: true }).press('Enter');
  const renamed = page.getByTestId('design-card').filter({ hasText: `${name} renamed` });
  await expect(renamed).toHaveCount(1);

  await renamed.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByTestId('design-card').filter({ hasText: `${name} renamed (copy)` })).toHaveCount(1);
  await snapshot(page, 'foundation-library');

  const copy = page.getByTestId('design-card').filter({ hasText: `${name} renamed (copy)` });
  await copy.getByRole('button', { name: 'Delete' }).click();
  await copy.getByRole('button', { name: 'Confirm delete' }).click();
  await expect(page.getByTestId('design-card').filter({ hasText: `${name} renamed (copy)` })).toHaveCount(0);
});
