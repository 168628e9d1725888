import { expect, test, type Page } from '@playwright/test';
import { blockKinds } from '../../shared/catalog';
import { clickEdge, connectBlocks, createDesign, designIdFromUrl, getDocument, saveBlocks, snapshot, waitForSaved, type SavedDocument } from './helpers';

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
  // Held still, the inspector shows the pressed block a moment later (usePanelSelection). Its
  // header, not the whole panel: the kind select lists every kind.
  await expect(page.getByLabel('Inspector').locator('.inspector-header')).toContainText('SQL database');
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
  // A block pressed and dragged at once: the inspector keeps what it showed until the drop,
  // however long the drag, and then shows the dragged block.
  const inspector = page.getByLabel('Inspector').locator('.inspector-header');
  await left.click();
  await expect(inspector).toContainText('Application server');
  const r = (await right.boundingBox())!;
  await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2);
  await page.mouse.down();
  await page.mouse.move(r.x + r.width / 2 + 40, r.y + r.height / 2 + 40, { steps: 5 });
  await page.waitForTimeout(500);
  await expect(right).toHaveClass(/selected/);
  await expect(inspector).toContainText('Application server');
  await expect(inspector).not.toContainText('SQL database');
  await page.mouse.up();
  await expect(inspector).toContainText('SQL database');
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

// React Flow's drag listens for touches only where the page can be touched when blocks mount.
test.describe('touch', () => {
  test.use({ hasTouch: true });

  test('a block deleted while a finger drags it ends the drag: the deletion is saved and undone like any other', async ({ page }) => {
    const [, right] = await twoBlocks(page, 'Touch');
    const id = designIdFromUrl(page);
    await waitForSaved(page);
    const cdp = await page.context().newCDPSession(page);
    const r = (await right.boundingBox())!;
    const [x, y] = [r.x + r.width / 2, r.y + r.height / 2];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= 5; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + i * 8, y }] });
    await expect(right).toHaveClass(/dragging/);
    await page.keyboard.press('Delete');
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect(page.locator('.react-flow__node-block')).toHaveCount(1);
    // React Flow never reports the end of that drag (its listeners were on the deleted block); the
    // release ends it (gestureRelease), so the deletion is one saved step.
    await waitForSaved(page);
    await expect.poll(async () => (await getDocument(page, id)).nodes.length).toBe(1);
    await page.keyboard.press('Control+z');
    await expect(page.locator('.react-flow__node-block')).toHaveCount(2);
  });
});
