import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { snapshot } from './helpers';

/** Put the sample design in the library through the API and open it. */
async function openSample(page: Page): Promise<string> {
  const sample = JSON.parse(readFileSync(join(process.cwd(), 'docs/examples/url-shortener.envelope.json'), 'utf8')) as Record<string, unknown>;
  const headers = { 'Content-Type': 'application/json' };
  const created = (await (await page.request.post('/api/createDesign', { data: { name: `Estimate ${Date.now()}` }, headers })).json()) as {
    value: { summary: { id: string; name: string } };
  };
  const { id, name } = created.value.summary;
  const saved = (await (await page.request.post('/api/saveDesign', { data: { id, document: { ...sample, id, name } }, headers })).json()) as { ok: boolean };
  expect(saved.ok).toBe(true);
  await page.goto(`/#/design/${id}`);
  await expect(page.locator('[data-testid="block-badges"]').first()).toBeVisible();
  return id;
}

/** "1.23k rps" -> 1230, "144,700 rps" -> 144700 */
function parseRps(text: string): number {
  const m = /([\d.,]+)\s*([kMG]?)/.exec(text);
  if (!m) throw new Error(`not a rate: ${text}`);
  return Number(m[1]!.replace(/,/g, '')) * ({ '': 1, k: 1e3, M: 1e6, G: 1e9 } as Record<string, number>)[m[2] ?? '']!;
}

test('badges and the summary follow the workload and the replicas at once', async ({ page }) => {
  await openSample(page);
  await page.getByRole('tab', { name: 'Estimate' }).click();
  const peak = page.getByTestId('total-peak-rps');
  const before = parseRps((await peak.textContent()) ?? '');
  expect(before).toBeGreaterThan(0);
  await snapshot(page, 'estimate-summary');

  // Double the daily active users: every load doubles.
  await page.getByRole('tab', { name: 'Workload' }).click();
  const dau = page.getByLabel('Daily active users', { exact: true });
  const users = Number((await dau.inputValue()).replace(/,/g, ''));
  await dau.fill(String(users * 2));
  await dau.press('Enter');
  await page.getByRole('tab', { name: 'Estimate' }).click();
  await expect.poll(async () => parseRps((await peak.textContent()) ?? '') / before).toBeCloseTo(2, 1);

  // More instances of the URL service: more drawn, higher availability, same load.
  await page.locator('.react-flow__node-block', { hasText: 'URL service' }).click();
  await page.getByRole('tab', { name: 'Inspect' }).click();
  const availability = page.getByTestId('block-availability');
  const availabilityBefore = await availability.textContent();
  const badge = page.locator('.react-flow__node-block', { hasText: 'URL service' }).locator('[data-figure="instances"]');
  await expect(badge).toHaveText(/^3\//);
  await page.getByLabel('Instances', { exact: true }).fill('6');
  await page.getByLabel('Instances', { exact: true }).press('Enter');
  await expect(badge).toHaveText(/^6\//);
  await expect(availability).not.toHaveText(availabilityBefore ?? '');

  // Every figure explains itself.
  await badge.click();
  const dialog = page.getByRole('dialog', { name: 'Explanation' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('explanation-result')).not.toBeEmpty();
  await snapshot(page, 'estimate-explanation');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // Escape closes the box and leaves the block selected, its panel open.
  await badge.click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('.react-flow__node-block.selected', { hasText: 'URL service' })).toHaveCount(1);
  await expect(page.getByLabel('Instances', { exact: true })).toHaveValue('6');
});
