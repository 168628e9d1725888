import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDesign, designIdFromUrl, getDocument, snapshot } from './helpers';

// Issue 19: export a 20-block design in every format from the Export dialog, look at what came
// out, check the exported SVG's block boxes against the canvas, and open a picture again.

const shots = join(process.cwd(), 'artifacts', 'screenshots');

const KINDS = ['client', 'dns', 'loadBalancer', 'appServer', 'cache', 'sqlDatabase', 'messageQueue', 'blobStore', 'search', 'monitoring'];

async function seedTwentyBlocks(page: Page, id: string): Promise<void> {
  const doc = await getDocument(page, id);
  const nodes = Array.from({ length: 20 }, (_, i) => ({
    id: `b${i}`,
    kind: KINDS[i % KINDS.length]!,
    label: i === 7 ? 'Orders <db> & "cache"' : `Block ${i}`,
    position: i < 10 ? { x: 40 + (i % 5) * 260, y: 60 + Math.floor(i / 5) * 160 } : { x: 40 + (i % 5) * 260, y: 420 + Math.floor((i - 10) / 5) * 160 },
    params: {},
    ...(i >= 10 ? { groupId: 'zone', position: { x: 20 + (i % 5) * 240, y: 50 + Math.floor((i - 10) / 5) * 140 } } : {}),
  }));
  const edges = Array.from({ length: 19 }, (_, i) => ({ id: `e${i}`, source: `b${i}`, target: `b${i + 1}`, kind: i % 5 === 3 ? 'async' : 'sync', label: i % 4 === 0 ? `call ${i}` : '', params: {} }));
  const groups = [{ id: 'zone', kind: 'zone', label: 'eu-west-1a', position: { x: 20, y: 380 }, size: { width: 1260, height: 340 } }];
  const operations = [{ id: 'op', name: 'Browse', requestsPerUserPerDay: 20, requestBytes: 1000, responseBytes: 5000, writes: false, entryNodeId: 'b0' }];
  const response = await page.request.post('/api/saveDesign', {
    data: { id, document: { ...doc, nodes, edges, groups, workload: { ...(doc.workload as object), dailyActiveUsers: 1_000_000, operations } } },
    headers: { 'Content-Type': 'application/json' },
  });
  expect(((await response.json()) as { ok: boolean }).ok).toBe(true);
}

async function exportAs(page: Page, format: string, label: string, file: string): Promise<Buffer> {
  await page.getByLabel('Format').selectOption(format);
  await expect(page.getByTestId('export-preview')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`${label}\\.`));
  const path = join(shots, file);
  await download.saveAs(path);
  return readFileSync(path);
}

test('exports a 20-block design in every format from the Export dialog, as the canvas shows it', async ({ page }) => {
  mkdirSync(shots, { recursive: true });
  await createDesign(page, 'Export twenty');
  const id = designIdFromUrl(page);
  await seedTwentyBlocks(page, id);
  await page.reload();
  await expect(page.locator('.react-flow__node-block')).toHaveCount(20);
  await expect(page.locator('[data-testid="block-badges"]').first()).toBeVisible();
  // 100% zoom, so on-screen boxes are canvas units.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+0');
  await page.waitForTimeout(300);
  const canvasBoxes = await page.evaluate(() =>
    Object.fromEntries(Array.from(document.querySelectorAll<HTMLElement>('.react-flow__node-block')).map((el) => {
      const r = el.getBoundingClientRect();
      return [el.dataset.id!, { x: r.x, y: r.y, w: r.width, h: r.height }];
    })),
  );

  await page.keyboard.press('Control+Shift+E');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('img')).toBeVisible();
  await snapshot(page, 'export-dialog');

  const png = await exportAs(page, 'png', 'Export twenty.envelope', 'export-twenty.envelope.png');
  expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  await page.keyboard.press('Control+Shift+E');
  const svg = (await exportAs(page, 'svg', 'Export twenty.envelope', 'export-twenty.envelope.svg')).toString('utf8');
  await page.keyboard.press('Control+Shift+E');
  const pdf = await exportAs(page, 'pdf', 'Export twenty', 'export-twenty.pdf');
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  execFileSync('pdftoppm', ['-r', '70', '-png', join(shots, 'export-twenty.pdf'), join(shots, 'export-twenty-pdf-page')]);
  await page.keyboard.press('Control+Shift+E');
  const md = (await exportAs(page, 'md', 'Export twenty', 'export-twenty.md')).toString('utf8');
  expect(md).toContain('| Orders \\<db\\> & "cache" |');
  expect(md).toContain('```mermaid');
  await page.keyboard.press('Control+Shift+E');
  // The dialog remembered the last format for this design.
  await expect(page.getByLabel('Format')).toHaveValue('md');
  const mermaid = (await exportAs(page, 'mermaid', 'Export twenty', 'export-twenty.mmd')).toString('utf8');
  expect(mermaid).toMatch(/^flowchart /);
  expect(mermaid).toContain('subgraph');

  // Block boxes in the exported SVG are the canvas's: same offsets from the first block, same sizes.
  const svgBoxes: Record<string, { x: number; y: number; w: number; h: number }> = {};
  for (const m of svg.matchAll(/data-id="([^"]+)"[^>]*><title>[^<]*<\/title><rect x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)"/g)) {
    svgBoxes[m[1]!] = { x: Number(m[2]) - 0.5, y: Number(m[3]) - 0.5, w: Number(m[4]) + 1, h: Number(m[5]) + 1 };
  }
  expect(Object.keys(svgBoxes).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `b${i}`).sort());
  // At 100% the canvas mounts only the blocks in view (React Flow culls the rest): compare those.
  const onCanvas = Object.keys(canvasBoxes);
  expect(onCanvas.length).toBeGreaterThanOrEqual(6);
  const [ref, canvasRef] = [svgBoxes[onCanvas[0]!]!, canvasBoxes[onCanvas[0]!]!];
  for (const blockId of onCanvas) {
    const box = svgBoxes[blockId]!;
    const c = canvasBoxes[blockId]!;
    expect(Math.abs(box.x - ref.x - (c.x - canvasRef.x)), `${blockId} x`).toBeLessThan(1.5);
    expect(Math.abs(box.y - ref.y - (c.y - canvasRef.y)), `${blockId} y`).toBeLessThan(1.5);
    expect(Math.abs(box.w - c.w), `${blockId} width`).toBeLessThan(1.5);
    expect(Math.abs(box.h - c.h), `${blockId} height`).toBeLessThan(1.5);
  }

  // A block over capacity has the danger border on the canvas and in the export alike.
  const overIds = [...svg.matchAll(/data-id="([^"]+)"[^>]*><title>[^<]*<\/title><rect [^>]*stroke="#c6343c"/g)].map((m) => m[1]!);
  expect(overIds.length).toBeGreaterThan(0);
  for (const blockId of overIds) await expect(page.locator(`.react-flow__node-block[data-id="${blockId}"] .block-node`)).toHaveClass(/\bover\b/);
  await expect(page.locator('.block-node.over')).toHaveCount(overIds.filter((b) => onCanvas.includes(b)).length);

  // The canvas and the exported SVG opened in Chromium, side by side.
  await page.keyboard.press('Shift+1');
  await page.waitForTimeout(400);
  const canvasShot = await page.locator('.canvas').screenshot();
  writeFileSync(join(shots, 'export-canvas.png'), canvasShot);
  const viewer = await page.context().newPage();
  await viewer.setViewportSize({ width: 1400, height: 900 });
  await viewer.goto(`data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`);
  const svgShot = await viewer.screenshot();
  writeFileSync(join(shots, 'export-svg-in-chromium.png'), svgShot);
  await viewer.goto('about:blank');
  await viewer.setContent(
    `<body style="margin:0;display:flex;gap:8px;background:#888"><img style="width:50%;object-fit:contain" src="data:image/png;base64,${canvasShot.toString('base64')}"><img style="width:50%;object-fit:contain" src="data:image/png;base64,${svgShot.toString('base64')}"></body>`,
  );
  await viewer.screenshot({ path: join(shots, 'export-side-by-side.png') });
  await viewer.close();
});

test('an exported PNG opens as the design it shows; a picture without a design changes nothing', async ({ page }) => {
  await page.goto('/');
  const before = (await (await page.request.post('/api/listDesigns', { data: {} })).json()) as { value: unknown[] };
  const png = readFileSync(join(shots, 'export-twenty.envelope.png'));
  await page.getByTestId('design-file-input').setInputFiles({ name: 'export-twenty.envelope.png', mimeType: 'image/png', buffer: png });
  await page.waitForURL(/#\/design\//);
  await expect(page.locator('.react-flow__node-block')).toHaveCount(20);
  await expect(page.locator('.block-label', { hasText: 'Orders <db> & "cache"' })).toHaveCount(1);
  await snapshot(page, 'export-png-reopened');

  await page.goto('/');
  const after = (await (await page.request.post('/api/listDesigns', { data: {} })).json()) as { value: unknown[] };
  expect(after.value.length).toBe(before.value.length + 1);
  // A PNG with no design in it: refused with its reason, the library as it was.
  const plain = execFileSync('pdftoppm', ['-r', '10', '-png', '-f', '1', '-l', '1', join(shots, 'export-twenty.pdf')]);
  await page.getByTestId('design-file-input').setInputFiles({ name: 'holiday.png', mimeType: 'image/png', buffer: plain });
  await expect(page.getByText(/"holiday.png" cannot be opened: the picture holds no Envelope design/)).toBeVisible();
  await snapshot(page, 'export-picture-refused');
  const last = (await (await page.request.post('/api/listDesigns', { data: {} })).json()) as { value: unknown[] };
  expect(last.value.length).toBe(after.value.length);
});

test('Export is reachable from the command palette and, for a selection, from its context menu', async ({ page }) => {
  await createDesign(page, 'Export paths');
  const id = designIdFromUrl(page);
  await seedTwentyBlocks(page, id);
  await page.reload();
  await expect(page.locator('.react-flow__node-block')).toHaveCount(20);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('Export…');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Selection only (nothing selected)')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  const block = page.locator('.react-flow__node-block[data-id="b2"]');
  await block.click();
  await block.click({ button: 'right' });
  await page.getByRole('menu').getByText('Export selection…').click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel(/Selection only \(1\)/)).toBeChecked();
  await page.getByLabel('Format').selectOption('svg');
  // The preview shows only the selected block.
  await expect(dialog.getByText(/^1 block, 0 connections · \d+ × \d+ px$/)).toBeVisible();
  await dialog.getByLabel(/Selection only/).uncheck();
  await expect(dialog.getByText(/^20 blocks, 19 connections · /)).toBeVisible();
  await dialog.getByLabel(/Selection only/).check();
  await snapshot(page, 'export-dialog-selection');
  // The Markdown report of the selection: its diagram, block table and summary are the block's.
  await page.getByLabel('Format').selectOption('md');
  const report = dialog.getByTestId('export-preview').locator('pre');
  await expect(report).toContainText('| Blocks in this report | 1 of 20;');
  await expect(report).toContainText('| Block 2 | Load balancer |');
  await expect(report).not.toContainText('| Block 3 |');
  await expect(report).not.toContainText('"Block 3"');
  await snapshot(page, 'export-dialog-selection-md');
  await dialog.getByLabel(/Selection only/).uncheck();
  await expect(report).toContainText('| Block 3 |');
  await expect(report).not.toContainText('Blocks in this report');
});
