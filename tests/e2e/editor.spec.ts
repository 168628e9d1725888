import { expect, test, type Page } from '@playwright/test';
import { blockKinds } from '../../shared/catalog';
import { clickEdge, clickFarEdge, connectBlocks, farEdgeIds, createDesign, designIdFromUrl, getDocument, saveBlocks, snapshot, waitForSaved, wasMounted, watchMounts, type SavedDocument } from './helpers';

/** A comparable form of the saved document: ids sorted, positions rounded. */
function normalise(doc: SavedDocument) {
  const round = (p: { x: number; y: number }) => ({ x: Math.round(p.x), y: Math.round(p.y) });
  return {
    nodes: [...doc.nodes].map((n) => ({ ...n, position: round(n.position) })).sort((a, b) => a.id.localeCompare(b.id)),
    edges: [...doc.edges].sort((a, b) => a.id.localeCompare(b.id)),
    groups: [...doc.groups].map((g) => ({ ...g, position: round(g.position) })).sort((a, b) => a.id.localeCompare(b.id)),
  };
}

/** A new design with an application server on the left and a database on the right, nothing selected. */
async function twoBlocks(page: Page, name: string) {
  await createDesign(page, `${name} ${Date.now()}`);
  await page.locator('.palette-item[data-kind="appServer"]').dragTo(page.locator('.canvas'), { targetPosition: { x: 200, y: 200 } });
  await page.locator('.palette-item[data-kind="sqlDatabase"]').dragTo(page.locator('.canvas'), { targetPosition: { x: 600, y: 200 } });
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  return [page.locator('.react-flow__node-block').first(), page.locator('.react-flow__node-block').last()] as const;
}

/** Zoom to about 50% so every kind fits the canvas without overlapping. */
async function zoomOut(page: Page) {
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  for (let i = 0; i < 4; i++) await page.keyboard.press('Control+-');
  await page.waitForTimeout(300);
}

test('every block from the palette, connections, groups, clipboard, and undo/redo of every step', async ({ page }) => {
  test.setTimeout(180_000);
  await createDesign(page, `Editor ${Date.now()}`);
  const id = designIdFromUrl(page);
  const history: ReturnType<typeof normalise>[] = [normalise(await getDocument(page, id))];
  const step = async () => {
    await waitForSaved(page);
    history.push(normalise(await getDocument(page, id)));
  };

  await zoomOut(page);
  // 1. Every block kind, dragged from the palette onto the canvas.
  for (const [i, kind] of blockKinds.entries()) {
    await page.locator(`.palette-item[data-kind="${kind.id}"]`).dragTo(page.locator('.canvas'), {
      targetPosition: { x: 70 + (i % 5) * 135, y: 60 + Math.floor(i / 5) * 100 },
    });
    await step();
  }
  await expect(page.locator('.react-flow__node-block')).toHaveCount(blockKinds.length);

  // 2. Connect a chain of blocks by dragging between handles.
  const node = (kind: string) => page.locator(`.react-flow__node-block:has([data-kind="${kind}"])`);
  for (const [a, b] of [['client', 'dns'], ['dns', 'loadBalancer'], ['loadBalancer', 'webServer'], ['webServer', 'appServer'], ['appServer', 'cache']]) {
    await connectBlocks(page, node(a!), node(b!));
    await step();
  }
  await expect(page.locator('.react-flow__edge')).toHaveCount(5);

  // 3. Rename a block inline (F2).
  await node('appServer').click();
  await page.keyboard.press('F2');
  await page.getByLabel('Block label').fill('Orders API');
  await page.getByLabel('Block label').press('Enter');
  await step();
  await expect(page.locator('.block-label', { hasText: 'Orders API' })).toHaveCount(1);

  // 4. A region group; drag two blocks into it; then move the group and they move with it.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Shift+R');
  await step();
  const group = page.locator('.react-flow__node-group');
  await expect(group).toHaveCount(1);
  for (const kind of ['sqlDatabase', 'nosqlDatabase']) {
    const g = (await group.boundingBox())!;
    await node(kind).hover();
    await page.mouse.down();
    await page.mouse.move(g.x + g.width / 2, g.y + g.height / 2 + (kind === 'sqlDatabase' ? -20 : 30), { steps: 8 });
    await page.mouse.up();
    await step();
  }
  let doc = await getDocument(page, id);
  const groupId = doc.groups[0]!.id;
  expect(doc.nodes.filter((n) => n.groupId === groupId).map((n) => n.kind).sort()).toEqual(['nosqlDatabase', 'sqlDatabase']);
  const before = (await node('sqlDatabase').boundingBox())!;
  const title = (await group.locator('.group-title').boundingBox())!;
  await page.mouse.move(title.x + 10, title.y + 5);
  await page.mouse.down();
  await page.mouse.move(title.x + 90, title.y + 45, { steps: 8 });
  await page.mouse.up();
  await step();
  const after = (await node('sqlDatabase').boundingBox())!;
  expect(Math.round(after.x - before.x)).toBeGreaterThan(20);
  expect(Math.round(after.y - before.y)).toBeGreaterThan(10);

  // 5. Copy and paste a block (the system clipboard's copy/paste events).
  await node('cdn').click();
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await step();
  await expect(page.locator('.react-flow__node-block[data-id] [data-kind="cdn"]')).toHaveCount(2);
  doc = await getDocument(page, id);
  expect(doc.nodes.filter((n) => n.kind === 'cdn')).toHaveLength(2);
  await snapshot(page, 'editor-all-blocks');

  // 6. Undo every step back to the empty design, comparing the saved document each way.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  for (let i = history.length - 2; i >= 0; i--) {
    await page.keyboard.press('Control+z');
    await waitForSaved(page);
    expect(normalise(await getDocument(page, id)), `after undoing to step ${i}`).toEqual(history[i]);
  }
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  for (let i = 1; i < history.length; i++) {
    await page.keyboard.press('Control+Shift+z');
    await waitForSaved(page);
    expect(normalise(await getDocument(page, id)), `after redoing step ${i}`).toEqual(history[i]);
  }

  // 7. Auto-layout leaves no two blocks overlapping.
  const positions = async () => JSON.stringify((await getDocument(page, id)).nodes.map((n) => n.position));
  const beforeLayout = await positions();
  await page.keyboard.press('Shift+L');
  await expect.poll(positions, { timeout: 20_000 }).not.toBe(beforeLayout);
  await waitForSaved(page);
  await page.keyboard.press('Shift+1');
  await page.waitForTimeout(400);
  const boxes = await page.locator('.react-flow__node-block').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
      expect(overlap, `blocks ${i} and ${j} overlap after auto-layout`).toBe(false);
    }
  }
  await snapshot(page, 'editor-auto-layout');
});

test('a block cannot be connected to itself, and the hint says why', async ({ page }) => {
  await createDesign(page, `Self ${Date.now()}`);
  await page.locator('.palette-item[data-kind="appServer"]').dragTo(page.locator('.canvas'), { targetPosition: { x: 300, y: 200 } });
  const block = page.locator('.react-flow__node-block');
  await connectBlocks(page, block, block);
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  await expect(page.getByText('A block cannot connect to itself')).toBeVisible();
});

test('a connection ends on a block the pointer stops just short of, though that block has only static handles', async ({ page }) => {
  const [from, to] = await twoBlocks(page, 'Snap');
  await from.hover();
  const source = await from.locator('.react-flow__handle-right').boundingBox();
  const target = await to.locator('.react-flow__handle-left').boundingBox();
  const box = await to.boundingBox();
  if (!source || !target || !box) throw new Error('blocks or handles not on screen');
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  // Stop 12 px left of the target's left edge: inside React Flow's 20 px connection radius, but the
  // pointer never enters the block, so its handles are still the static copies.
  const stop = { x: box.x - 12, y: target.y + target.height / 2 };
  await page.mouse.move(stop.x, stop.y, { steps: 10 });
  // The block started from keeps its live handles after the pointer leaves it; the target's are
  // the static copies (BlockHandles), which React Flow never marks as the connection's end.
  await expect(page.locator('.react-flow__handle.connectingfrom')).toHaveCount(1);
  await expect(page.locator('.react-flow__handle.connectingto')).toHaveCount(0);
  // While connecting, every block shows its handles (where the connection can end)…
  await expect(to.locator('.react-flow__handle-left')).toBeVisible();
  await snapshot(page, 'editor-connecting');
  expect(await page.evaluate(({ x, y }) => !!document.elementFromPoint(x, y)?.closest('.react-flow__node'), stop)).toBe(false);
  await page.mouse.up();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  // …and only where the pointer is, or on a selected block, once it is made.
  await expect(to.locator('.react-flow__handle-left')).toBeHidden();
  await waitForSaved(page);
  const doc = await getDocument(page, designIdFromUrl(page));
  expect(doc.edges.map((e) => [e.source, e.target])).toEqual([[doc.nodes[0]!.id, doc.nodes[1]!.id]]);
});

test('a connection released in the middle of a block, far from its handles, ends on that block', async ({ page }) => {
  const [from, to] = await twoBlocks(page, 'Body drop');
  await from.hover();
  const source = (await from.locator('.react-flow__handle-right').boundingBox())!;
  const box = (await to.boundingBox())!;
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 10 });
  // The block under the pointer shows it is where the connection will end; the one it starts from does not.
  const ring = (el: Element) => getComputedStyle(el).boxShadow;
  expect(await to.locator('.block-node').evaluate(ring)).not.toBe(await from.locator('.block-node').evaluate(ring));
  await snapshot(page, 'editor-connect-onto-block');
  await page.mouse.up();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  // Released back on the block it started from, or on the empty canvas, a connection is abandoned
  // without a word.
  await from.hover();
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(source.x - 60, source.y + 10, { steps: 6 });
  await page.mouse.up();
  // A hint would show within a frame of the release; give it several.
  await page.waitForTimeout(300);
  await expect(page.getByRole('status').filter({ hasText: 'cannot connect to itself' })).toHaveCount(0);
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await from.hover();
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 4, { steps: 10 });
  await page.mouse.up();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
});

test('a box drawn around connected blocks selects the connection between them too, and a click on a connection selects only it', async ({ page }) => {
  const [from, to] = await twoBlocks(page, 'Box select');
  await connectBlocks(page, from, to);
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  const [a, b] = [(await from.boundingBox())!, (await to.boundingBox())!];
  await page.mouse.move(a.x - 30, a.y - 30);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width + 30, b.y + b.height + 30, { steps: 8 });
  await page.mouse.up();
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
  await expect(page.locator('.react-flow__edge.selected')).toHaveCount(1);
  await expect(page.getByRole('complementary', { name: 'Inspector' }).getByRole('heading', { level: 2 })).toHaveText('3 selected');
  // (A click inside the box's selection frame moves the selection; clear it first.)
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await from.click();
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
  await clickEdge(page, page.locator('.react-flow__edge'));
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);
  await expect(page.locator('.react-flow__edge.selected')).toHaveCount(1);
  // From the keyboard: a connection takes focus, and Enter selects it and keeps focus on it.
  await page.keyboard.press('Escape');
  await expect(page.locator('.react-flow__edge.selected')).toHaveCount(0);
  // Scrolled out of view, a connection that takes focus is brought back into view.
  const canvas = (await page.locator('.react-flow').boundingBox())!;
  await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
  await page.mouse.wheel(0, 3000);
  await expect.poll(async () => (await page.locator('.react-flow__edge-path').boundingBox())!.y).toBeLessThan(canvas.y);
  await page.locator('.react-flow__edge').focus();
  await expect.poll(async () => (await page.locator('.react-flow__edge-path').boundingBox())!.y).toBeGreaterThan(canvas.y);
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__edge.selected')).toHaveCount(1);
  await expect(page.locator('.react-flow__edge.selected')).toBeFocused();
});

test('a connection between blocks in a zone nested in a region is drawn over the zone and takes clicks', async ({ page }) => {
  await createDesign(page, `Nested ${Date.now()}`);
  const id = designIdFromUrl(page);
  const doc = await getDocument(page, id);
  const groups = [
    { id: 'g1', kind: 'region', label: 'Region', position: { x: 0, y: 0 }, size: { width: 900, height: 420 } },
    { id: 'g2', kind: 'zone', label: 'Zone', position: { x: 40, y: 60 }, size: { width: 800, height: 300 }, parentId: 'g1' },
  ];
  const nodes = [
    { id: 'n1', kind: 'appServer', label: 'App', position: { x: 40, y: 100 }, groupId: 'g2', params: {} },
    { id: 'n2', kind: 'sqlDatabase', label: 'DB', position: { x: 560, y: 100 }, groupId: 'g2', params: {} },
  ];
  const edges = [{ id: 'e1', source: 'n1', target: 'n2', kind: 'sync', label: '', params: {} }];
  const saved = await page.request.post('/api/saveDesign', { data: { id, document: { ...doc, groups, nodes, edges } }, headers: { 'Content-Type': 'application/json' } });
  expect(((await saved.json()) as { ok: boolean }).ok).toBe(true);
  await page.reload();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  const box = (await page.locator('.react-flow__edge-path').boundingBox())!;
  const mid = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  // The topmost thing under the middle of the connection is the connection, not the zone's box.
  expect(await page.evaluate(({ x, y }) => !!document.elementFromPoint(x, y)?.closest('.react-flow__edge'), mid)).toBe(true);
  await clickEdge(page, page.locator('.react-flow__edge'));
  await expect(page.locator('.react-flow__edge.selected')).toHaveCount(1);
  await expect(page.locator('.react-flow__node-group.selected')).toHaveCount(0);
  await snapshot(page, 'editor-nested-groups');
});

test('click one handle, then another block\'s, to connect them; every block offers its handles in between', async ({ page }) => {
  const [from, to] = await twoBlocks(page, 'Click connect');
  await from.hover();
  await from.locator('.react-flow__handle-right').click();
  // Away from both blocks, the first click is still marked and the other block shows its handles.
  await page.mouse.move(400, 500);
  await expect(from.locator('.react-flow__handle-right.clickconnecting')).toHaveCount(1);
  await expect(to.locator('.react-flow__handle-left')).toBeVisible();
  await to.hover();
  await to.locator('.react-flow__handle-left').click();
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await page.mouse.move(400, 500);
  // The second click selected the database (so it keeps showing its handles); the server does not.
  await expect(page.locator('.canvas.connecting')).toHaveCount(0);
  await expect(from.locator('.react-flow__handle-right')).toBeHidden();
  await expect(page.locator('.react-flow__handle.clickconnecting')).toHaveCount(0);
});

test('a click-to-connect abandoned on the empty canvas leaves no block offering handles', async ({ page }) => {
  const [from, to] = await twoBlocks(page, 'Click abandon');
  await from.hover();
  await from.locator('.react-flow__handle-right').click();
  await expect(to.locator('.react-flow__handle-left')).toBeVisible();
  await page.locator('.react-flow__pane').click({ position: { x: 400, y: 500 } });
  await expect(to.locator('.react-flow__handle-left')).toBeHidden();
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
});

test('pressing a block selects it at once, before any move, as draw.io does; a press on a handle or with Shift does not replace the selection', async ({ page }) => {
  const [left, right] = await twoBlocks(page, 'Press');
  const box = await right.boundingBox();
  if (!box) throw new Error('block not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await expect(right).toHaveClass(/selected/);
  await expect(page.getByLabel('Inspector')).toContainText('SQL database');
  await page.mouse.up();
  await expect(right).toHaveClass(/selected/);
  await expect(left).not.toHaveClass(/selected/);
  // Shift adds on release, as before: the press alone does not drop the other block.
  await left.click({ modifiers: ['Shift'] });
  await expect(left).toHaveClass(/selected/);
  await expect(right).toHaveClass(/selected/);
  // A press on a handle starts a connection and leaves the selection alone.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await left.hover();
  const handle = await left.locator('.react-flow__handle-right').boundingBox();
  if (!handle) throw new Error('no handle on screen');
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await expect(left).not.toHaveClass(/selected/);
  await page.mouse.up();
  // A label typed in the inspector and not yet committed goes to its block when another is pressed.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await left.click();
  const label = page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Label', { exact: true });
  await label.fill('Orders API');
  await right.click();
  await expect(left).toContainText('Orders API');
  await expect(right).not.toContainText('Orders API');
  // After a box selection, a click on a block outside it selects that block and leaves no
  // selection frame over it (the frame would take the block's clicks and double-clicks).
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  const a = (await left.boundingBox())!;
  await page.mouse.move(a.x - 20, a.y - 20);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width + 20, a.y + a.height + 20, { steps: 6 });
  await page.mouse.up();
  await expect(page.locator('.react-flow__nodesselection-rect')).toHaveCount(1);
  await right.click();
  await expect(right).toHaveClass(/selected/);
  await expect(left).not.toHaveClass(/selected/);
  await expect(page.locator('.react-flow__nodesselection-rect')).toHaveCount(0);
  await right.dblclick();
  await expect(right.locator('.inline-edit')).toBeVisible();
  await page.keyboard.press('Escape');
});

test('dragging a block near a sibling\'s line snaps it there and shows the guide, which goes on release', async ({ page }) => {
  const [left, right] = await twoBlocks(page, 'Guides');
  const id = designIdFromUrl(page);
  const [box, other] = [await right.boundingBox(), await left.boundingBox()];
  if (!box || !other) throw new Error('blocks not on screen');
  const grab = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  // React Flow starts the drag on the first move past its threshold, from where the pointer is then.
  await page.mouse.move(grab.x + 2, grab.y + 2);
  // Where the pointer puts the dragged block's top 2 px below the other block's top.
  const nearTop = grab.y + 2 + (other.y - box.y) + 2;
  await page.mouse.move(grab.x + 40, grab.y + 60, { steps: 5 });
  await expect(page.locator('.guides line')).toHaveCount(0);
  // Back to just below the other block's top edge: within reach, so it snaps and the guide shows.
  await page.mouse.move(grab.x + 40, nearTop, { steps: 5 });
  await expect(page.locator('.guides line')).toHaveCount(1);
  await snapshot(page, 'editor-guides');
  await page.mouse.up();
  await expect(page.locator('.guides line')).toHaveCount(0);
  await waitForSaved(page);
  const doc = await getDocument(page, id);
  const [leftId, rightId] = [await left.getAttribute('data-id'), await right.getAttribute('data-id')];
  const y = (nodeId: string | null) => doc.nodes.find((d) => d.id === nodeId)!.position.y;
  expect(y(rightId)).toBe(y(leftId));
});

test('a selected connection offers its ends where they are drawn, and one dragged onto another block moves there', async ({ page }) => {
  const [app, db] = await twoBlocks(page, 'Reconnect');
  const id = designIdFromUrl(page);
  await connectBlocks(page, app, db);
  // Move the database under the server: the connection now leaves by the bottom and enters at the
  // top, though it was drawn from the right handle to the left one.
  const [a, d] = [(await app.boundingBox())!, (await db.boundingBox())!];
  await page.mouse.move(d.x + d.width / 2, d.y + d.height / 2);
  await page.mouse.down();
  await page.mouse.move(d.x + d.width / 2 - 2, d.y + d.height / 2 + 2);
  await page.mouse.move(a.x + a.width / 2, a.y + a.height * 3, { steps: 8 });
  await page.mouse.up();
  await page.locator('.palette-item[data-kind="keyValueStore"]').dragTo(page.locator('.canvas'), { targetPosition: { x: 600, y: 200 } });
  const cache = page.locator('.react-flow__node-block:has(.block-node[data-kind="keyValueStore"])');
  await clickEdge(page, page.locator('.react-flow__edge'));
  await expect(page.locator('.react-flow__edgeupdater')).toHaveCount(2);
  const ends = await page.evaluate(() => {
    const path = document.querySelector<SVGPathElement>('.react-flow__edge-path')!;
    const ctm = path.getScreenCTM()!;
    const at = (len: number) => new DOMPoint(path.getPointAtLength(len).x, path.getPointAtLength(len).y).matrixTransform(ctm);
    const centre = (sel: string) => {
      const r = document.querySelector(sel)!.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    };
    return { start: at(0), end: at(path.getTotalLength()), source: centre('.react-flow__edgeupdater-source'), target: centre('.react-flow__edgeupdater-target') };
  });
  const near = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);
  // React Flow centres each grab circle a little way out along the side's normal, on the curve.
  expect(near(ends.source, ends.start)).toBeLessThan(18);
  expect(near(ends.target, ends.end)).toBeLessThan(18);
  await snapshot(page, 'editor-reconnect');

  const c = (await cache.boundingBox())!;
  await page.mouse.move(ends.target.x, ends.target.y);
  await page.mouse.down();
  await page.mouse.move(c.x + c.width / 2, c.y + c.height / 2, { steps: 10 });
  await page.mouse.up();
  await waitForSaved(page);
  const doc = await getDocument(page, id);
  const kindOf = (nodeId: string) => doc.nodes.find((n) => n.id === nodeId)?.kind;
  expect(doc.edges).toHaveLength(1);
  expect([kindOf(doc.edges[0]!.source), kindOf(doc.edges[0]!.target)]).toEqual(['appServer', 'keyValueStore']);
  // The end that stayed keeps the handle it was drawn from, not the side it was shown on.
  expect(doc.edges[0]!.sourceHandle).toBe('r');
});

test('an edit made just before a reload is there afterwards', async ({ page }) => {
  await createDesign(page, `Reload ${Date.now()}`);
  const id = designIdFromUrl(page);
  await page.locator('.palette-item[data-kind="cache"]').dragTo(page.locator('.canvas'), { targetPosition: { x: 300, y: 200 } });
  await waitForSaved(page);
  // Rename and reload at once, without waiting for the autosave's quiet period.
  await page.locator('.react-flow__node-block').click();
  await page.keyboard.press('F2');
  await page.getByLabel('Block label').fill('Session cache');
  await page.getByLabel('Block label').press('Enter');
  await page.reload();
  await expect(page.locator('.block-label')).toHaveText(['Session cache']);
  expect((await getDocument(page, id)).nodes[0]?.label).toBe('Session cache');
});

test('a 20-block design in the light and dark themes', async ({ page }) => {
  await createDesign(page, `Themes ${Date.now()}`);
  const id = designIdFromUrl(page);
  const kinds = ['client', 'dns', 'cdn', 'loadBalancer', 'rateLimiter', 'webServer', 'appServer', 'appServer', 'cache', 'sqlDatabase',
    'nosqlDatabase', 'blobStore', 'messageQueue', 'taskScheduler', 'search', 'logging', 'monitoring', 'sequencer', 'shardedCounter', 'keyValueStore'];
  const nodes = kinds.map((kind, i) => ({ id: `n${i}`, kind, label: kind === 'appServer' ? `API ${i}` : kind, position: { x: (i % 5) * 230, y: Math.floor(i / 5) * 130 }, params: {} }));
  const chain = [[0, 1], [0, 2], [0, 3], [3, 4], [4, 5], [5, 6], [5, 7], [6, 8], [7, 8], [8, 9], [6, 12], [12, 13], [6, 14], [6, 11], [9, 10], [6, 17], [7, 18], [7, 19], [6, 15], [16, 6]];
  const edges = chain.map(([s, t], i) => ({ id: `e${i}`, source: `n${s}`, target: `n${t}`, kind: i === 11 ? 'async' : 'sync', label: '', params: {} }));
  await saveBlocks(page, id, nodes, edges);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.reload();
    await expect(page.locator('.react-flow__node-block')).toHaveCount(20);
    await page.locator('.react-flow__node-block').nth(6).click();
    await page.waitForTimeout(300);
    await snapshot(page, `editor-20-blocks-${scheme}`);
  }
});

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
