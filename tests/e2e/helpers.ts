import { expect, type Locator, type Page } from '@playwright/test';
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

export function designIdFromUrl(page: Page): string {
  const match = /#\/design\/([A-Za-z0-9_.:-]+)/.exec(page.url());
  if (!match?.[1]) throw new Error(`no design id in ${page.url()}`);
  return match[1];
}

export interface SavedDocument {
  nodes: { id: string; kind: string; label: string; position: { x: number; y: number }; groupId?: string; params: Record<string, unknown> }[];
  edges: { id: string; source: string; target: string; kind: string; label: string; sourceHandle?: string; targetHandle?: string }[];
  groups: { id: string; kind: string; label: string; position: { x: number; y: number } }[];
  [key: string]: unknown;
}

/** The document as the store has it, through the same API the app uses. */
export async function getDocument(page: Page, id: string): Promise<SavedDocument> {
  const response = await page.request.post('/api/getDesign', { data: { id }, headers: { 'Content-Type': 'application/json' } });
  const result = (await response.json()) as { ok: boolean; value?: { document: SavedDocument }; error?: { message: string } };
  if (!result.ok || !result.value) throw new Error(`getDesign failed: ${result.error?.message}`);
  return result.value.document;
}

/** Replace the stored design's blocks and connections through the API, as a file import would. */
export async function saveBlocks(page: Page, id: string, nodes: SavedDocument['nodes'], edges: (SavedDocument['edges'][number] & { params: object })[]): Promise<void> {
  const doc = await getDocument(page, id);
  const saved = await page.request.post('/api/saveDesign', { data: { id, document: { ...doc, nodes, edges } }, headers: { 'Content-Type': 'application/json' } });
  expect(((await saved.json()) as { ok: boolean }).ok).toBe(true);
}

/**
 * Draw a connection as a person does: hover the source block (its handles appear), press on its
 * right handle, move onto the target block and release on its left handle.
 */
export async function connectBlocks(page: Page, from: Locator, to: Locator): Promise<void> {
  await from.hover();
  const source = await from.locator('.react-flow__handle-right').boundingBox();
  const target = await to.locator('.react-flow__handle-left').boundingBox();
  if (!source || !target) throw new Error('a block to connect has no handles on screen');
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 10 });
  await page.mouse.up();
}

/**
 * Click a connection in the middle of its curve, as a person would. Playwright's own click refuses
 * a perfectly straight connection: its SVG box is zero pixels high, though the 16 px wide
 * interaction stroke around it takes the click.
 */
export async function clickEdge(page: Page, edge: Locator): Promise<void> {
  const box = await edge.locator('.react-flow__edge-path').boundingBox();
  if (!box) throw new Error('the connection is not on the canvas');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/**
 * Click (or right-click) a far-out connection (a bare path, picked by geometry) at the first point
 * along it where nothing but the empty canvas (or a group's box) is under the pointer, a few pixels off the line as
 * a person's click would be.
 */
export async function clickFarEdge(page: Page, id: string, button: 'left' | 'right' = 'left', over: 'canvas' | 'group' = 'canvas'): Promise<void> {
  const point = await page.locator(`.far-edge[data-ids~="${id}"]`).evaluate((shared: SVGPathElement, { id, over }) => {
    // Far out connections of one look share a path, one "M..C.." subpath each, in data-ids order.
    const index = shared.dataset.ids!.split(' ').indexOf(id);
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', `M${shared.getAttribute('d')!.split('M')[index + 1]}`);
    shared.after(path);
    try {
      const m = shared.getScreenCTM()!;
      const length = path.getTotalLength();
      for (let i = 1; i < 40; i++) {
        const p = path.getPointAtLength((length * i) / 40);
        const x = p.x * m.a + m.e;
        const y = p.y * m.d + m.f + 2;
        const under = document.elementFromPoint(x, y);
        if (over === 'canvas' ? under?.classList.contains('react-flow__pane') : under?.closest('.react-flow__node-group')) return { x, y };
      }
      return null;
    } finally {
      path.remove();
    }
  }, { id, over });
  if (!point) throw new Error(`connection ${id} has no stretch over the ${over === 'canvas' ? 'empty canvas' : "group's box"} to click`);
  await page.mouse.click(point.x, point.y, { button });
}

/** The ids of the far-out connections drawn by the shared paths `selector` matches, sorted. */
export async function farEdgeIds(page: Page, selector = '.far-edge'): Promise<string[]> {
  const lists = await page.locator(selector).evaluateAll((paths) => paths.map((p) => (p as SVGPathElement).dataset.ids ?? ''));
  return lists.flatMap((ids) => ids.split(' ').filter(Boolean)).sort();
}

/**
 * From the next navigation on, remember whether an element matching `selector` was ever added to
 * the page (even if removed a frame later). Read with `wasMounted`.
 */
export async function watchMounts(page: Page, selector: string): Promise<void> {
  await page.addInitScript((selector) => {
    const seen = window as unknown as { __mounted?: Record<string, boolean> };
    const mounted = (seen.__mounted ??= {});
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n instanceof Element && (n.matches(selector) || n.querySelector(selector))) mounted[selector] = true;
    }).observe(document, { childList: true, subtree: true });
  }, selector);
}

export async function wasMounted(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((selector) => (window as unknown as { __mounted?: Record<string, boolean> }).__mounted?.[selector] ?? false, selector);
}
