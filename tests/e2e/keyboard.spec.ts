import { expect, test, type Page } from '@playwright/test';
import { createDesign, designIdFromUrl, getDocument, snapshot, waitForSaved } from './helpers';

/** Drawing at interview speed: every step here uses the keyboard only. */

/** `/`, a name, Enter: what a person types to add a block. */
async function addByName(page: Page, name: string, connect = false): Promise<void> {
  await page.keyboard.press('/');
  await page.keyboard.type(name);
  await page.keyboard.press(connect ? 'Shift+Enter' : 'Enter');
}

const boxes = (page: Page) =>
  page.locator('.react-flow__node-block').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })));

test('after `/`, a name and Enter the keys go back to the canvas, so the next `/` adds another block', async ({ page }) => {
  await createDesign(page, `Slash twice ${Date.now()}`);
  await addByName(page, 'redis');
  await addByName(page, 'postgres');
  await expect(page.locator('.react-flow__node-block')).toHaveCount(2);
  await expect(page.getByLabel('Search building blocks')).toHaveValue('');
  await expect(page.getByLabel('Search building blocks')).not.toBeFocused();
});

test('blocks added one after another by keyboard sit side by side, none on top of another', async ({ page }) => {
  await createDesign(page, `No stacking ${Date.now()}`);
  // Ctrl+A over the search text first, so this test is about placement alone, whatever `/` did.
  for (const name of ['client', 'load balancer', 'app server', 'redis', 'postgres']) {
    await page.keyboard.press('/');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('.react-flow__node-block')).toHaveCount(5);
  const placed = await boxes(page);
  for (const [i, a] of placed.entries()) {
    for (const b of placed.slice(i + 1)) {
      const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
      expect(overlap, `blocks at ${JSON.stringify(a)} and ${JSON.stringify(b)} overlap`).toBe(false);
    }
  }
  await snapshot(page, 'keyboard-01-side-by-side');
});

test('Shift+Enter connects the new block from the last one, and C connects the selected blocks in selection order', async ({ page }) => {
  await createDesign(page, `Keyboard connect ${Date.now()}`);
  const id = designIdFromUrl(page);
  await addByName(page, 'client');
  await addByName(page, 'app server', true);
  await expect(page.locator('.react-flow__edge, .far-edge')).not.toHaveCount(0);
  await waitForSaved(page);
  let doc = await getDocument(page, id);
  const kindOf = (nodeId: string) => doc.nodes.find((n) => n.id === nodeId)?.kind;
  expect(doc.edges.map((e) => [kindOf(e.source), kindOf(e.target)])).toEqual([['client', 'appServer']]);

  // A database, not connected; then select it and the app server (Tab to a block, Enter selects
  // it, Shift+Enter adds it to the selection) and press C.
  await addByName(page, 'postgres');
  await page.keyboard.press('Escape');
  const blocks = page.locator('.react-flow__node-block');
  const tabTo = async (label: string) => {
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      const onBlock = await page.evaluate((l) => {
        const el = document.activeElement;
        return !!el?.matches('.react-flow__node-block') && (el.textContent ?? '').includes(l);
      }, label);
      if (onBlock) return;
    }
    throw new Error(`Tab never reached the block "${label}"`);
  };
  await tabTo('SQL database');
  await page.keyboard.press('Enter');
  await tabTo('Application server');
  await page.keyboard.press('Shift+Enter');
  await expect(blocks.and(page.locator('.selected'))).toHaveCount(2);
  await page.keyboard.press('c');
  await waitForSaved(page);
  await expect.poll(async () => (await getDocument(page, id)).edges.length).toBe(2);
  doc = await getDocument(page, id);
  expect(doc.edges.map((e) => [kindOf(e.source), kindOf(e.target)])).toContainEqual(['sqlDatabase', 'appServer']);
  await snapshot(page, 'keyboard-02-connected');
});

test('N opens a note in edit mode: typed text is its text, never shortcuts, and Escape keeps it', async ({ page }) => {
  await createDesign(page, `Note typing ${Date.now()}`);
  const id = designIdFromUrl(page);
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('n');
  // Capital R would add a region and Shift+L lay out the canvas, if they reached the shortcuts.
  await page.keyboard.type('Reads 100:1 Lots of Reads');
  await page.keyboard.press('Escape');
  await expect(page.locator('.react-flow__node-group')).toHaveCount(0);
  await expect(page.locator('.note-text')).toHaveText('Reads 100:1 Lots of Reads');
  await waitForSaved(page);
  const doc = await getDocument(page, id);
  expect(doc.nodes.filter((n) => n.kind === 'note').map((n) => n.label)).toEqual(['Reads 100:1 Lots of Reads']);
  await snapshot(page, 'keyboard-03-note');
});

test('Escape still cancels renaming a block: only a note keeps what was typed', async ({ page }) => {
  await createDesign(page, `Rename cancel ${Date.now()}`);
  await addByName(page, 'redis');
  await page.keyboard.press('F2');
  await page.keyboard.type('Sessions');
  await expect(page.getByLabel('Block label')).toHaveValue('Sessions');
  await page.keyboard.press('Escape');
  await expect(page.getByLabel('Block label')).toHaveCount(0);
  await expect(page.locator('.block-label')).toHaveText('Distributed cache');
});

test('the help lists the keyboard path for drawing', async ({ page }) => {
  await createDesign(page, `Help ${Date.now()}`);
  await page.keyboard.press('?');
  const help = page.getByRole('dialog');
  await expect(help).toContainText('Connect selected blocks in selection order');
  await expect(help).toContainText('/ name Shift+Enter');
  await expect(help).toContainText('Escape in a note');
  await snapshot(page, 'keyboard-04-help');
});
