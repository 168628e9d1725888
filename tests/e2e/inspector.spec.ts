import { expect, test, type Page } from '@playwright/test';
import { clickEdge, connectBlocks, createDesign, designIdFromUrl, getDocument, snapshot, waitForSaved } from './helpers';

const search = (page: Page) => page.getByRole('combobox', { name: 'Search building blocks' });
const blockOnCanvas = (page: Page, kind: string) => page.locator(`.react-flow__node-block:has([data-kind="${kind}"])`);
const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
/** The whole field (label, control, error, source) of the inspector input with this label. */
const field = (page: Page, label: string) => inspector(page).locator('.field').filter({ has: page.getByLabel(label, { exact: true }) });

/** Move focus out of the inspector's fields without touching the canvas selection. */
async function leaveField(page: Page) {
  await inspector(page).locator('.inspector-header').click();
}

test('palette search finds blocks by product name; the arrows and Enter add the highlighted one', async ({ page }) => {
  await createDesign(page, `Palette ${Date.now()}`);

  await search(page).fill('redis');
  const matches = page.locator('.palette-item');
  await expect(matches.first()).toHaveAttribute('data-kind', 'cache');
  await expect(matches.first()).toHaveAttribute('aria-selected', 'true');
  await snapshot(page, 'inspector-palette-search');
  await search(page).press('Enter');
  await expect(blockOnCanvas(page, 'cache')).toHaveCount(1);

  await search(page).fill('kafka');
  await expect(matches.first()).toHaveAttribute('data-kind', 'messageQueue');

  // "database" matches several kinds: ArrowDown moves to the second, ArrowUp back, ArrowDown again.
  await search(page).fill('database');
  const second = await matches.nth(1).getAttribute('data-kind');
  expect(second).toBeTruthy();
  await search(page).press('ArrowDown');
  await search(page).press('ArrowUp');
  await search(page).press('ArrowDown');
  await expect(matches.nth(1)).toHaveAttribute('aria-selected', 'true');
  await search(page).press('Enter');
  await expect(blockOnCanvas(page, second!)).toHaveCount(1);

  // A query that matches nothing says so; Escape brings every category back.
  await search(page).fill('zzzz');
  await expect(page.locator('.palette-item')).toHaveCount(0);
  await expect(page.getByText('Nothing matches')).toBeVisible();
  await search(page).press('Escape');
  await expect(page.locator('.palette-list h2').first()).toHaveText('Clients & edge');
});

test('the inspector edits a label and a parameter, refuses an invalid number, and each edit is one undo step', async ({ page }) => {
  await createDesign(page, `Inspector ${Date.now()}`);
  const id = designIdFromUrl(page);
  await expect(inspector(page)).toContainText('Select a block');

  // Clicking a palette item adds the block at the centre of the view, selected.
  await page.locator('.palette-item[data-kind="cache"]').click();
  await expect(blockOnCanvas(page, 'cache')).toHaveCount(1);
  const label = inspector(page).getByLabel('Label', { exact: true });
  await expect(label).toHaveValue('Distributed cache');

  await label.fill('Sessions cache');
  await label.press('Enter');
  await expect(blockOnCanvas(page, 'cache').locator('.block-label')).toHaveText('Sessions cache');

  // The default shows as a placeholder, with where it comes from.
  const instances = inspector(page).getByLabel('Instances', { exact: true });
  await expect(instances).toHaveValue('');
  await expect(instances).toHaveAttribute('placeholder', '1');
  await expect(field(page, 'Instances').locator('.field-source')).toContainText('your design');

  // Invalid numbers show what is wrong and are never saved.
  await instances.fill('2.5');
  await instances.press('Enter');
  await expect(inspector(page).getByRole('alert')).toHaveText('Instances must be a whole number.');
  await instances.fill('0');
  await expect(inspector(page).getByRole('alert')).toHaveText('Instances must be at least 1.');
  await leaveField(page);
  await expect(instances).toHaveAttribute('aria-invalid', 'true');
  await waitForSaved(page);
  let doc = await getDocument(page, id);
  expect(doc.nodes[0]?.label).toBe('Sessions cache');
  expect(doc.nodes[0]?.params).not.toHaveProperty('instances');
  await snapshot(page, 'inspector-invalid');

  // The valid value is saved.
  await instances.fill('3');
  await instances.press('Enter');
  await expect(inspector(page).getByRole('alert')).toHaveCount(0);
  await leaveField(page);
  await waitForSaved(page);
  doc = await getDocument(page, id);
  expect(doc.nodes[0]?.params).toMatchObject({ instances: 3 });
  await snapshot(page, 'inspector-block');

  // One edit, one undo step: undo takes the parameter back, not the label.
  await page.keyboard.press('Control+z');
  await expect(instances).toHaveValue('');
  await expect(label).toHaveValue('Sessions cache');
  await page.keyboard.press('Control+y');
  await expect(instances).toHaveValue('3');

  // Reset removes the user's value: the default applies again.
  await field(page, 'Instances').getByRole('button', { name: 'Reset to default' }).click();
  await expect(instances).toHaveValue('');
  await waitForSaved(page);
  doc = await getDocument(page, id);
  expect(doc.nodes[0]?.params).not.toHaveProperty('instances');

  // Changing the kind keeps the parameters the new kind also has.
  await instances.fill('4');
  await instances.press('Enter');
  await inspector(page).getByLabel('Kind', { exact: true }).selectOption('keyValueStore');
  await expect(blockOnCanvas(page, 'keyValueStore')).toHaveCount(1);
  await expect(instances).toHaveValue('4');
  await waitForSaved(page);
  doc = await getDocument(page, id);
  expect(doc.nodes[0]).toMatchObject({ kind: 'keyValueStore', label: 'Sessions cache', params: { instances: 4 } });
});

test('an unset write consistency shows what the engine takes for the copies the store keeps', async ({ page }) => {
  await createDesign(page, `Consistency ${Date.now()}`);
  await page.locator('.palette-item[data-kind="sqlDatabase"]').click();
  await expect(blockOnCanvas(page, 'sqlDatabase')).toHaveCount(1);
  const consistency = inspector(page).getByLabel('Write consistency', { exact: true });
  // Three copies by default: a quorum.
  await expect(consistency.locator('option').first()).toHaveText('Auto (Quorum, 3 copies)');
  await expect(field(page, 'Write consistency').locator('.field-auto')).toHaveText('Auto: quorum for 3 copies (a quorum with 3 or more copies, one with fewer)');
  // Two copies: a majority of two is both, so the engine takes one.
  const copies = inspector(page).getByLabel('Replication factor', { exact: true });
  await copies.fill('2');
  await copies.press('Enter');
  await expect(consistency.locator('option').first()).toHaveText('Auto (One, 2 copies)');
  await expect(field(page, 'Write consistency').locator('.field-auto')).toContainText('Auto: one for 2 copies');
  await consistency.scrollIntoViewIfNeeded();
  await snapshot(page, 'inspector-write-consistency');
});

test('the inspector edits a connection, and offers to delete a multiple selection', async ({ page }) => {
  await createDesign(page, `Inspector edges ${Date.now()}`);
  const id = designIdFromUrl(page);
  await page.locator('.palette-item[data-kind="appServer"]').dragTo(page.locator('.canvas'), { targetPosition: { x: 150, y: 200 } });
  await page.locator('.palette-item[data-kind="sqlDatabase"]').dragTo(page.locator('.canvas'), { targetPosition: { x: 500, y: 200 } });
  await connectBlocks(page, blockOnCanvas(page, 'appServer'), blockOnCanvas(page, 'sqlDatabase'));
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);

  // As in draw.io, only the selected connection offers its ends for reconnecting.
  await expect(page.locator('.react-flow__edgeupdater')).toHaveCount(0);
  await clickEdge(page, page.locator('.react-flow__edge'));
  await expect(inspector(page)).toContainText('Application server → SQL database');
  await expect(page.locator('.react-flow__edgeupdater')).toHaveCount(2);
  await inspector(page).getByLabel('Kind', { exact: true }).selectOption('async');
  const edgeLabel = inspector(page).getByLabel('Label', { exact: true });
  await edgeLabel.fill('write 10%');
  await edgeLabel.press('Enter');
  const share = inspector(page).getByLabel('Share of traffic', { exact: true });
  await share.fill('150%');
  await share.press('Enter');
  await expect(inspector(page).getByRole('alert')).toHaveText('Share of traffic must be at most 1.');
  await share.fill('10%');
  await share.press('Enter');
  await leaveField(page);
  await waitForSaved(page);
  const doc = await getDocument(page, id);
  expect(doc.edges[0]).toMatchObject({ kind: 'async', label: 'write 10%', params: { share: 0.1 } });
  await snapshot(page, 'inspector-edge');

  await page.emulateMedia({ colorScheme: 'dark' });
  await snapshot(page, 'inspector-edge-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+a');
  await expect(inspector(page).getByRole('heading', { level: 2 })).toHaveText('3 selected');
  await inspector(page).getByRole('button', { name: 'Delete selection' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await expect(inspector(page)).toContainText('Select a block');
});
