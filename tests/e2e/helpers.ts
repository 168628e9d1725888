import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Screenshots of the app at work, for people to look at; git-ignored. */
export async function snapshot(page: Page, name: string): Promise<void> {
  const dir = join(process.cwd(), 'artifacts', 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`) });
}

export async function createDesign(page: Page, name: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('New design name').fill(name);
  await page.getByRole('button', { name: 'New design' }).click();
  await page.waitForURL(/#\/design\//);
  await page.locator('.react-flow').waitFor();
}

/** Drag a block kind from the palette and drop it at canvas-relative coordinates. */
export async function dragBlock(page: Page, kind: string, x: number, y: number): Promise<void> {
  const canvas = await page.locator('.canvas').boundingBox();
  if (!canvas) throw new Error('no canvas on the page');
  await page.locator(`.palette-item[data-kind="${kind}"]`).dragTo(page.locator('.canvas'), {
    targetPosition: { x, y },
  });
}

export async function waitForSaved(page: Page): Promise<void> {
  await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor();
}
