import { expect, test, type Locator, type Page } from '@playwright/test';
import { connectBlocks, createDesign, dragBlock, snapshot, waitForSaved } from './helpers';

/**
 * The photo-sharing design drawn the usual way, with the mouse: client -> DNS; client -> load
 * balancer -> app -> cache and NoSQL metadata (cache-aside); client -> CDN -> blob store. Its
 * figures must match the hand computation in docs/estimation.md ("Worked example: photo sharing"):
 * egress 926.4 Gbit/s, 100.05 TB of the product's data a day, 18 metadata nodes.
 */

const SI: Record<string, number> = { '': 1, k: 1e3, K: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15 };

/** The first "<number> <prefix><unit>" in a text: "926.4 Gbit/s / 1.853 Tbit/s" -> 926.4e9. */
function firstQuantity(text: string): number {
  const m = /([\d.,]+)\s*([kKMGTP]?)(?:bit\/s|B)/.exec(text);
  if (!m) throw new Error(`no quantity in "${text}"`);
  return Number(m[1]!.replace(/,/g, '')) * SI[m[2] ?? '']!;
}

async function commit(field: Locator, value: string): Promise<void> {
  await field.fill(value);
  await field.press('Enter');
}

async function fillOperation(page: Page, index: number, op: { name: string; perDay: string; request: string; response: string; writes: boolean; media: string }): Promise<void> {
  const section = page.locator('section.operation').nth(index);
  await commit(section.getByLabel('Requests per user per day', { exact: true }), op.perDay);
  await commit(section.getByLabel('Request size', { exact: true }), op.request);
  await commit(section.getByLabel('Response size', { exact: true }), op.response);
  if (op.writes) await section.getByLabel('Writes stored data').check();
  await section.getByRole('button', { name: 'Add media' }).click();
  await commit(section.getByLabel('Share', { exact: true }), '100%');
  await commit(section.getByLabel('Size', { exact: true }), op.media);
  // The name last: the section's accessible name follows it.
  await commit(section.getByLabel('Operation name', { exact: true }), op.name);
}

test('the photo-sharing design drawn with the mouse gives the hand-computed egress, storage and metadata nodes', async ({ page }) => {
  test.setTimeout(120_000);
  await createDesign(page, `Photo sharing ${Date.now()}`);
  const blocks: [string, number, number][] = [
    ['client', 20, 320], ['dns', 230, 80], ['loadBalancer', 230, 320], ['cdn', 230, 560],
    ['appServer', 440, 320], ['blobStore', 500, 680], ['cache', 600, 160], ['nosqlDatabase', 600, 480],
  ];
  for (const [kind, x, y] of blocks) await dragBlock(page, kind, x, y);
  await expect(page.locator('.react-flow__node-block')).toHaveCount(8);
  // Fit the drawing in view, as a person would before wiring it up.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Shift+1');
  await page.waitForTimeout(400);
  const byLabel = (label: string) => page.locator('.react-flow__node-block', { has: page.locator('.block-label', { hasText: new RegExp(`^${label}$`) }) });
  const node = {
    client: byLabel('Client'), dns: byLabel('Domain Name System'), lb: byLabel('Load balancer'), cdn: byLabel('Content delivery network'),
    app: byLabel('Application server'), blob: byLabel('Blob store'), cache: byLabel('Distributed cache'), meta: byLabel('NoSQL database'),
  };
  for (const [from, to] of [['client', 'dns'], ['client', 'lb'], ['client', 'cdn'], ['lb', 'app'], ['app', 'cache'], ['app', 'meta'], ['cdn', 'blob']] as const) {
    await connectBlocks(page, node[from], node[to]);
  }
  await expect(page.locator('.react-flow__edge')).toHaveCount(7);

  await page.getByRole('tab', { name: 'Workload' }).click();
  await commit(page.getByLabel('Daily active users', { exact: true }), '500000000');
  await page.getByRole('button', { name: 'Add operation' }).click();
  await fillOperation(page, 0, { name: 'Upload a photo', perDay: '0.1', request: '1000', response: '200', writes: true, media: '2000000' });
  await page.getByRole('button', { name: 'Add operation' }).click();
  await fillOperation(page, 1, { name: 'View a photo', perDay: '10', request: '200', response: '1000', writes: false, media: '2000000' });
  await waitForSaved(page);
  await snapshot(page, 'photo-sharing-workload');

  await page.getByRole('tab', { name: 'Estimate' }).click();
  // Egress: 57,870.37 views/s * (2 MB + 1,000 B + 100 B) + 578.70 uploads/s * 400 B, * 8 = 926.44 Gbit/s.
  await expect.poll(async () => firstQuantity((await page.getByTestId('total-egress').textContent()) ?? '') / 926.44e9).toBeGreaterThan(0.99);
  expect(firstQuantity((await page.getByTestId('total-egress').textContent()) ?? '') / 926.44e9).toBeLessThan(1.01);
  // The product's data a day: 100 TB of photos + 50 GB of metadata = 100.05 TB.
  const perDay = firstQuantity((await page.getByTestId('storage-per-day').textContent()) ?? '');
  expect(Math.abs(perDay / 100.05e12 - 1)).toBeLessThan(0.01);
  await snapshot(page, 'photo-sharing-estimate');

  // Metadata nodes: 50 GB a day * 1,825 days * 3 copies / 16 TB = 17.1 -> 18.
  await node.meta.locator('.block-label').click();
  await page.getByRole('tab', { name: 'Inspect' }).click();
  await expect(page.getByTestId('block-storage-nodes')).toHaveText(/^18 \(has 3\)/);
  await expect(node.meta.locator('[data-figure="instances"]')).toHaveText('needs 18, has 3');
  await snapshot(page, 'photo-sharing-metadata');
});

test('rates as people state them: a total a minute, and a video as duration x bitrate', async ({ page }) => {
  await createDesign(page, `Video rates ${Date.now()}`);
  await dragBlock(page, 'client', 60, 200);
  await dragBlock(page, 'blobStore', 400, 200);
  const byLabel = (label: string) => page.locator('.react-flow__node-block', { has: page.locator('.block-label', { hasText: new RegExp(`^${label}$`) }) });
  await connectBlocks(page, byLabel('Client'), byLabel('Blob store'));
  await page.getByRole('tab', { name: 'Workload' }).click();
  await page.getByRole('button', { name: 'Add operation' }).click();
  const section = page.locator('section.operation').first();
  // "3,000 uploads a minute" (500 hours of 10-minute videos) = 50 uploads/s.
  await section.getByLabel('Rate given').selectOption('total');
  await commit(section.getByLabel('Requests in all', { exact: true }), '3000');
  await section.getByLabel('Per', { exact: true }).selectOption('minute');
  await section.getByLabel('Writes stored data').check();
  await section.getByRole('button', { name: 'Add media' }).click();
  await commit(section.getByLabel('Share', { exact: true }), '100%');
  // A 10-minute video at 2.5 Mbit/s: 600 s * 2,500,000 / 8 = 187.5 MB.
  await section.getByLabel('Size given as').selectOption('duration');
  await commit(section.getByLabel('Duration', { exact: true }), '600');
  await commit(section.getByLabel('Bitrate', { exact: true }), '2.5');
  await expect(section.getByTestId('media-size')).toHaveText('= 187.5 MB');
  await snapshot(page, 'workload-rates');
  await waitForSaved(page);
  await page.getByRole('tab', { name: 'Estimate' }).click();
  // 50 uploads/s * 187.5 MB * 86,400 s = 810 TB a day.
  await expect.poll(async () => firstQuantity((await page.getByTestId('storage-per-day').textContent()) ?? '') / 810e12).toBeCloseTo(1, 2);
});
