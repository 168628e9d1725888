import { expect, test } from '@playwright/test';
import { clickFarEdge, connectBlocks, createDesign, designIdFromUrl, farEdgeIds, getDocument, saveBlocks, snapshot, wasMounted, watchMounts } from './helpers';

// The editor zoomed far out and large designs: blocks as plain boxes, connections as shared paths
// picked by geometry, and what a design too large to read opens with.

test('zoomed far out, blocks are drawn as plain boxes and get their text back on zooming in', async ({ page }) => {
  await createDesign(page, `Far zoom ${Date.now()}`);
  const id = designIdFromUrl(page);
  const nodes = ['client', 'loadBalancer', 'appServer'].map((kind, i) => ({ id: `n${i}`, kind, label: `Block ${i}`, position: { x: i * 260, y: 0 }, params: {} }));
  await saveBlocks(page, id, nodes, []);
  await page.reload();
  const label = page.locator('.block-label').first();
  await expect(label).toBeVisible();
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+0');
  // 1.25^-5 = 0.33: past the far-zoom threshold (0.35), where a label would be 4 px tall.
  for (let i = 0; i < 5; i++) await page.keyboard.press('Control+-');
  await expect(page.locator('.canvas.zoom-far')).toHaveCount(1);
  await expect(label).toBeHidden();
  // Out there a block mounts only its box: no text, icon or badges.
  await expect(page.locator('.block-label, .block-icon, [data-testid="block-badges"]')).toHaveCount(0);
  await expect(page.locator('.react-flow__background')).toHaveCount(0);
  await expect(page.locator('.react-flow__node-block')).toHaveCount(3);
  await snapshot(page, 'editor-far-zoom');
  // A rename started this far out still shows its text box.
  await page.locator('.react-flow__node-block').first().dblclick();
  await expect(page.getByLabel('Block label')).toBeVisible();
  await page.keyboard.press('Escape');
  // Pointed at and selected, a far box still offers no handles: nothing connects to a block that small.
  await expect(page.locator('.react-flow__node-block.selected')).toHaveCount(1);
  await page.locator('.react-flow__node-block.selected').hover();
  await expect(page.locator('.react-flow__node-block .react-flow__handle')).toHaveCount(0);
  // Scrolled out of view and back, the blocks are mounted again out here, with no handles, at
  // the size they had zoomed in; zoomed back in they still offer handles to connect from.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  await page.mouse.wheel(0, 3000);
  await expect(page.locator('.react-flow__node-block')).toHaveCount(0);
  await page.mouse.wheel(0, -3000);
  await expect(page.locator('.react-flow__node-block')).toHaveCount(3);
  for (let i = 0; i < 5; i++) await page.keyboard.press('Control+=');
  await expect(page.locator('.canvas.zoom-far')).toHaveCount(0);
  await expect(label).toBeVisible();
  await expect(page.locator('.react-flow__background')).toHaveCount(1);
  await connectBlocks(page, page.locator('.react-flow__node[data-id="n1"]'), page.locator('.react-flow__node[data-id="n2"]'));
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  // The client has no figures; the load balancer and the application server have theirs again.
  await expect(page.locator('[data-testid="block-badges"]')).toHaveCount(2);
});

test('a design too large to read when fitted opens far out, as boxes, and is whole on zooming in', async ({ page }) => {
  await createDesign(page, `Large far ${Date.now()}`);
  const id = designIdFromUrl(page);
  const nodes = Array.from({ length: 120 }, (_, i) => ({ id: `n${i}`, kind: 'appServer', label: `App ${i}`, position: { x: (i % 15) * 260, y: Math.floor(i / 15) * 120 }, params: {} }));
  const edges = nodes.slice(1).map((n, i) => ({ id: `e${i}`, source: `n${i}`, target: n.id, kind: 'sync' as const, label: 'read', params: {} }));
  await saveBlocks(page, id, nodes, edges);
  // Record whether a full block (with its label) is ever mounted while the design opens: it opens
  // at its fitted zoom from the first render, not at 100 % and then fitted.
  await watchMounts(page, '.block-label');
  await page.reload();
  await expect(page.locator('.react-flow__node-block')).toHaveCount(120);
  await expect(page.locator('.canvas.zoom-far')).toHaveCount(1);
  expect(await wasMounted(page, '.block-label')).toBe(false);
  await expect(page.locator('.canvas.zoom-far')).toHaveCount(1);
  await expect(page.locator('.block-label')).toHaveCount(0);
  // Connection labels are not mounted either; the connections are, as shared bare paths.
  await expect.poll(() => farEdgeIds(page)).toHaveLength(119);
  await expect(page.locator('.react-flow__edge-text')).toHaveCount(0);
  // The fitted view shows every block (no block outside the canvas).
  const canvas = (await page.locator('.react-flow').boundingBox())!;
  for (const box of await page.locator('.react-flow__node-block').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(box.left).toBeGreaterThanOrEqual(canvas.x - 1);
    expect(box.right).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
    expect(box.top).toBeGreaterThanOrEqual(canvas.y - 1);
    expect(box.bottom).toBeLessThanOrEqual(canvas.y + canvas.height + 1);
  }
  // Each block is where its position puts it (far out they are placed by left/top, not React
  // Flow's translate): n1 is one column (260) right of n0, n15 one row (120) below it.
  const zoom = await page.locator('.react-flow__viewport').evaluate((v) => new DOMMatrix(getComputedStyle(v).transform).a);
  const at = (id: string) => page.locator(`.react-flow__node[data-id="${id}"]`).evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
  const [b0, b1, b15] = [await at('n0'), await at('n1'), await at('n15')];
  expect(b1.x - b0.x).toBeCloseTo(260 * zoom, 0);
  expect(b1.y).toBeCloseTo(b0.y, 0);
  expect(b15.y - b0.y).toBeCloseTo(120 * zoom, 0);
  expect(b15.x).toBeCloseTo(b0.x, 0);
  // Far blocks mount no handles; a connection clicked near its line is picked by geometry and
  // drawn as selected (by the edge layer: React Flow draws connections from handles).
  await expect(page.locator('.react-flow__node-block .react-flow__handle')).toHaveCount(0);
  await clickFarEdge(page, 'e0');
  await expect.poll(() => farEdgeIds(page, '.far-edge.selected')).toEqual(['e0']);
  await expect(page.locator('.far-edge.selected')).toHaveAttribute('d', /^M[^M]+$/);
  await expect(page.locator('.react-flow__node-block.selected')).toHaveCount(0);
  // In the accent colour.
  const stroke = (selector: string) => page.locator(selector).first().evaluate((p) => getComputedStyle(p).stroke);
  expect(await stroke('.far-edge:not(.selected)')).not.toBe('rgb(59, 110, 245)');
  expect(await stroke('.far-edge.selected')).toBe('rgb(59, 110, 245)');
  // Its arrowhead too, and every connection has one, a closed triangle.
  expect(await page.locator('.far-arrows.selected').evaluate((p) => getComputedStyle(p).fill)).toBe('rgb(59, 110, 245)');
  expect(await page.locator('.far-arrows').evaluateAll((ps) => ps.map((p) => p.getAttribute('d')!.match(/Z/g)!.length).reduce((a, b) => a + b, 0))).toBe(119);
  // Shift-click adds another; a right-click on one opens the selection's menu.
  await clickFarEdge(page, 'e50', 'left');
  await expect.poll(() => farEdgeIds(page, '.far-edge.selected')).toEqual(['e50']);
  await page.keyboard.down('Shift');
  await clickFarEdge(page, 'e0');
  await page.keyboard.up('Shift');
  await expect.poll(() => farEdgeIds(page, '.far-edge.selected')).toEqual(['e0', 'e50']);
  await clickFarEdge(page, 'e7', 'right');
  await expect.poll(() => farEdgeIds(page, '.far-edge.selected')).toEqual(['e7']);
  await expect(page.getByRole('menuitem', { name: /Delete/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+a');
  await expect.poll(() => farEdgeIds(page, '.far-edge.selected')).toHaveLength(119);
  // A click on the empty canvas away from every line deselects them, as it does zoomed in.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await expect.poll(() => farEdgeIds(page, '.far-edge.selected')).toEqual([]);
  await expect.poll(() => farEdgeIds(page)).toHaveLength(119);
  // Zoomed in with nothing else touched, the blocks that were measured far out (with no handles)
  // offer handles a connection can start from.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Control+=');
  await expect(page.locator('.canvas.zoom-far')).toHaveCount(0);
  await connectBlocks(page, page.locator('.react-flow__node[data-id="n67"]'), page.locator('.react-flow__node[data-id="n82"]'));
  await expect(page.locator('.react-flow__edge')).toHaveCount(120);
  await page.keyboard.press('Shift+1');
  await expect(page.locator('.canvas.zoom-far')).toHaveCount(1);
  // By id: blocks scrolled out of view and back are mounted again at the end, out of design order.
  await page.locator('.react-flow__node[data-id="n0"]').click();
  await page.keyboard.press('Shift+2');
  await expect(page.locator('.canvas.zoom-far')).toHaveCount(0);
  await expect(page.locator('.react-flow__node-block.selected .block-label')).toHaveText('App 0');
  await expect(page.locator('.react-flow__edge-text').first()).toHaveText('read');
  // Block icons are masks over the lucide svg, drawn once at startup.
  expect(await page.locator('.block-icon-mask').first().evaluate((el) => getComputedStyle(el).maskImage)).toMatch(/^url\("data:image\/svg\+xml,.*%3Csvg/);
});

test('far out, a connection drawn over a group box is picked there, and a replication keeps its colour', async ({ page }) => {
  await createDesign(page, `Far group ${Date.now()}`);
  const id = designIdFromUrl(page);
  const grid = Array.from({ length: 120 }, (_, i) => ({ id: `n${i}`, kind: 'appServer', label: `App ${i}`, position: { x: (i % 15) * 260, y: Math.floor(i / 15) * 120 }, params: {} }));
  const members = [
    { id: 'm0', kind: 'sqlDatabase', label: 'Primary', position: { x: 40, y: 100 }, groupId: 'g0', params: {} },
    { id: 'm1', kind: 'sqlDatabase', label: 'Replica', position: { x: 700, y: 100 }, groupId: 'g0', params: {} },
  ];
  const edges = [
    { id: 'e0', source: 'n0', target: 'n1', kind: 'sync' as const, params: {} },
    { id: 'rep', source: 'm0', target: 'm1', kind: 'replication' as const, params: {} },
  ];
  const doc = await getDocument(page, id);
  const group = { id: 'g0', kind: 'region', label: 'Region', position: { x: 0, y: 1100 }, size: { width: 1000, height: 320 } };
  const saved = await page.request.post('/api/saveDesign', { data: { id, document: { ...doc, nodes: [...grid, ...members], edges, groups: [group] } }, headers: { 'Content-Type': 'application/json' } });
  expect(((await saved.json()) as { ok: boolean }).ok).toBe(true);
  await page.reload();
  await expect(page.locator('.canvas.zoom-far')).toHaveCount(1);
  await expect.poll(() => farEdgeIds(page)).toEqual(['e0', 'rep']);
  // The fitted view takes in the group and its members too.
  const canvas = (await page.locator('.react-flow').boundingBox())!;
  for (const selector of ['.react-flow__node-group', '.react-flow__node[data-id="m1"]']) {
    const r = (await page.locator(selector).boundingBox())!;
    expect(r.x).toBeGreaterThanOrEqual(canvas.x - 1);
    expect(r.x + r.width).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
    expect(r.y + r.height).toBeLessThanOrEqual(canvas.y + canvas.height + 1);
  }
  const stroke = (selector: string) => page.locator(selector).evaluate((p) => getComputedStyle(p).stroke);
  expect(await stroke('.far-edge[data-ids~="rep"]')).not.toBe(await stroke('.far-edge[data-ids~="e0"]'));
  expect(await page.locator('.far-arrows.edge-replication').evaluate((p) => getComputedStyle(p).fill)).toBe(await stroke('.far-edge[data-ids~="rep"]'));
  await clickFarEdge(page, 'rep', 'left', 'group');
  await expect.poll(() => farEdgeIds(page, '.far-edge.selected')).toEqual(['rep']);
  await expect(page.locator('.react-flow__node-group.selected')).toHaveCount(0);
  // The group's own box, away from the line, still selects the group.
  const box = (await page.locator('.react-flow__node-group').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height - 4);
  await expect(page.locator('.react-flow__node-group.selected')).toHaveCount(1);
  await expect.poll(() => farEdgeIds(page, '.far-edge.selected')).toEqual([]);
  // A right-click on the line over the group opens the connection's menu.
  await clickFarEdge(page, 'rep', 'right', 'group');
  await expect.poll(() => farEdgeIds(page, '.far-edge.selected')).toEqual(['rep']);
  await expect(page.getByRole('menuitem', { name: /Connection: async message/ })).toBeVisible();
});

test('a design of more than 500 blocks opens with the minimap hidden from the first frame, and Ctrl+M shows it', async ({ page }) => {
  await createDesign(page, `Minimap ${Date.now()}`);
  const id = designIdFromUrl(page);
  await expect(page.locator('.react-flow__minimap')).toHaveCount(1);
  const nodes = Array.from({ length: 501 }, (_, i) => ({ id: `n${i}`, kind: 'appServer', label: `App ${i}`, position: { x: (i % 25) * 260, y: Math.floor(i / 25) * 120 }, params: {} }));
  await saveBlocks(page, id, nodes, []);
  await watchMounts(page, '.react-flow__minimap');
  await page.reload();
  await expect(page.locator('.react-flow__node-block')).toHaveCount(501);
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
  expect(await wasMounted(page, '.react-flow__minimap')).toBe(false);
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+m');
  await expect(page.locator('.react-flow__minimap')).toHaveCount(1);
});
