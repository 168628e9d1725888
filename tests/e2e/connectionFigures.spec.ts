import { expect, test, type Page } from '@playwright/test';
import { clickEdge, getDocument, snapshot, waitForSaved, type SavedDocument } from './helpers';

// Tall enough that a connection's figures and all its parameters are on screen together.
test.use({ viewport: { width: 1280, height: 1500 } });

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });
const figures = (page: Page) => page.getByRole('region', { name: 'Connection estimate' });

/**
 * Photos behind a load balancer, 8,640,000 daily users (100 per second on average), peak x2:
 *   "Read photo" 10 a day: 1,000 rps, 1,000 B up, 200,000 B down;
 *   "Upload"      1 a day:   100 rps, 2,000,000 B up, 500 B down.
 * users -> load balancer carries both: 1,100 rps, 2,200 at peak.
 *   up:   1,000 * 1,000 + 100 * 2,000,000 = 201,000,000 B/s = 1.608 Gbit/s (3.216 at peak),
 *         201,000,000 / 1,100 = 182,727 B = 182.7 KB per request;
 *   down: 1,000 * 200,000 + 100 * 500 = 200,050,000 B/s = 1.6 Gbit/s, 181,864 B = 181.9 KB each.
 * The hop from a client crosses the Internet: 142 ms round trip, not the data center's 0.5 ms.
 * The load balancer -> app connection starts with "Uplaod", a mistyped name, in its operation filter
 * (the id it should hold is op_upload): that matches no operation, so it carries nothing.
 */
async function openPhotoDesign(page: Page): Promise<string> {
  const headers = { 'Content-Type': 'application/json' };
  const created = (await (await page.request.post('/api/createDesign', { data: { name: `Connection figures ${Date.now()}` }, headers })).json()) as { value: { summary: { id: string } } };
  const id = created.value.summary.id;
  const doc = await getDocument(page, id);
  const node = (nodeId: string, kind: string, label: string, x: number) => ({ id: nodeId, kind, label, position: { x, y: 150 }, params: {} });
  const document: SavedDocument = {
    ...doc,
    nodes: [node('users', 'client', 'Users', 0), node('lb', 'loadBalancer', 'Load balancer', 320), node('app', 'appServer', 'Photo service', 640)],
    edges: [
      { id: 'e-users-lb', source: 'users', target: 'lb', kind: 'sync', label: '', params: {} } as SavedDocument['edges'][number],
      { id: 'e-lb-app', source: 'lb', target: 'app', kind: 'sync', label: '', params: { operations: 'Uplaod' } } as SavedDocument['edges'][number],
    ],
    workload: {
      dailyActiveUsers: 8_640_000,
      operations: [
        { id: 'op_read', name: 'Read photo', requestsPerUserPerDay: 10, requestBytes: 1_000, responseBytes: 200_000, payloadMix: [], writes: false, entryNodeId: 'users' },
        { id: 'op_upload', name: 'Upload', requestsPerUserPerDay: 1, requestBytes: 2_000_000, responseBytes: 500, payloadMix: [], writes: true, entryNodeId: 'users' },
      ],
      peak: { type: 'factor', factor: 2 },
      retentionDays: 365,
      units: 'decimal',
    },
  };
  const saved = (await (await page.request.post('/api/saveDesign', { data: { id, document }, headers })).json()) as { ok: boolean; error?: { message: string } };
  expect(saved.ok, saved.error?.message).toBe(true);
  await page.goto(`/#/design/${id}`);
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  return id;
}

test('a connection shows the figures the engine used, each with its why', async ({ page }) => {
  await openPhotoDesign(page);
  await clickEdge(page, page.locator('.react-flow__edge[data-id="e-users-lb"]'));
  await expect(inspector(page)).toContainText('Users → Load balancer');

  await expect(figures(page).getByTestId('edge-avg-rps')).toHaveText('1,100 rps');
  await expect(figures(page).getByTestId('edge-peak-rps')).toHaveText('2,200 rps');
  await expect(figures(page).getByTestId('edge-request-bytes')).toHaveText('182.7 KB each');
  await expect(figures(page).getByTestId('edge-response-bytes')).toHaveText('181.9 KB each');
  await expect(figures(page).getByTestId('edge-request-bandwidth')).toHaveText('1.608 Gbit/s');
  await expect(figures(page).getByTestId('edge-request-bandwidth-peak')).toHaveText('3.216 Gbit/s');
  await expect(figures(page).getByTestId('edge-response-bandwidth')).toHaveText('1.6 Gbit/s');
  await expect(figures(page).getByTestId('edge-response-bandwidth-peak')).toHaveText('3.201 Gbit/s');
  await expect(figures(page).getByTestId('edge-hop-latency')).toHaveText('142 ms');
  await expect(figures(page).getByTestId('edge-network')).toHaveText('Internet (auto)');
  const byOperation = figures(page).getByTestId('edge-operation-rps');
  await expect(byOperation).toHaveText(['1,000 rps', '100 rps']);

  // Unset, the network and hop latency fields say what the engine chose, not "same data center, 0.5 ms".
  const network = inspector(page).getByLabel('Network', { exact: true });
  await expect(network.locator('option[value=""]')).toHaveText('Auto (Internet, 142 ms)');
  const latency = inspector(page).getByLabel('Hop latency', { exact: true });
  await expect(latency).toHaveAttribute('placeholder', '142');
  for (const note of await inspector(page).locator('.field-auto').all()) await expect(note).not.toContainText(/same data center|0\.5 ms/i);
  await expect(inspector(page).locator('.field-auto')).toHaveText([/^Auto: Internet, chosen from the blocks/, /^Auto: 142 ms, Internet round trip/]);
  await snapshot(page, 'connection-figures');

  // Every figure answers "why?" with the engine's own working.
  await figures(page).getByTestId('edge-hop-latency').click();
  const dialog = page.getByRole('dialog', { name: 'Explanation' });
  await expect(dialog.getByRole('heading')).toHaveText('Users -> Load balancer: hop latency');
  await expect(dialog.getByTestId('explanation-result')).toHaveText('142 ms');
  await snapshot(page, 'connection-figures-why-latency');
  await dialog.getByRole('button', { name: 'Close' }).click();
  // So does the network field's note on what the engine chose.
  await inspector(page).locator('.field-auto').first().getByRole('button', { name: 'why?' }).click();
  await expect(dialog.getByRole('heading')).toHaveText('Users -> Load balancer: hop latency');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await figures(page).getByTestId('edge-request-bandwidth').click();
  await expect(dialog.getByTestId('explanation-result')).toHaveText('1.608 Gbit/s');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // A network set by hand is used, and the figures follow.
  await network.selectOption('sameDataCenter');
  await expect(figures(page).getByTestId('edge-hop-latency')).toHaveText('0.5 ms');
  await expect(figures(page).getByTestId('edge-network')).toHaveText('Same data center');
  await expect(latency).toHaveAttribute('placeholder', '0.5');
  await expect(network.locator('option[value=""]')).toHaveText('Auto (chosen from the blocks)');
});

test('the operation filter picks operations by name, and the connection follows', async ({ page }) => {
  const id = await openPhotoDesign(page);
  await clickEdge(page, page.locator('.react-flow__edge[data-id="e-lb-app"]'));
  await expect(inspector(page)).toContainText('Load balancer → Photo service');
  const filter = inspector(page).getByRole('group', { name: 'Only these operations' });
  const avgRps = figures(page).getByTestId('edge-avg-rps');

  // "Uplaod" was mistyped: it names no operation, so the connection carries nothing, and says why.
  await expect(filter.getByRole('checkbox')).toHaveCount(2);
  await expect(filter).toContainText('unknown operation Uplaod');
  await expect(filter.getByTestId('operations-status')).toContainText('carries nothing');
  await expect(avgRps).toHaveText('0 rps');
  await snapshot(page, 'connection-filter-unknown');
  await page.emulateMedia({ colorScheme: 'dark' });
  await snapshot(page, 'connection-filter-unknown-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  await filter.getByRole('button', { name: 'Remove unknown operation Uplaod' }).click();
  await expect(filter).not.toContainText('unknown operation');
  await expect(filter.getByTestId('operations-status')).toContainText('every operation');
  await expect(avgRps).toHaveText('1,100 rps');

  // Tick "Upload" by its name: only uploads take the connection.
  await filter.getByRole('checkbox', { name: 'Upload' }).check();
  await expect(avgRps).toHaveText('100 rps');
  await expect(figures(page).getByTestId('edge-operation-rps')).toHaveText(['0 rps', '100 rps']);
  await expect(filter.getByRole('checkbox', { name: 'Read photo' })).not.toBeChecked();
  await waitForSaved(page);
  const edges = (await getDocument(page, id)).edges as unknown as { id: string; params: Record<string, unknown> }[];
  // The document keeps ids, comma-separated, as before.
  expect(edges.find((e) => e.id === 'e-lb-app')?.params).toEqual({ operations: 'op_upload' });
  await snapshot(page, 'connection-filter-upload');
  // The unticked operation's zero explains itself too.
  await figures(page).getByTestId('edge-operation-rps').first().click();
  const dialog = page.getByRole('dialog', { name: 'Explanation' });
  await expect(dialog.getByRole('heading')).toHaveText('Load balancer -> Photo service: average rps of "Read photo"');
  await expect(dialog.getByTestId('explanation-result')).toHaveText('0 rps');
  await snapshot(page, 'connection-filter-why-zero');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await filter.getByRole('checkbox', { name: 'Read photo' }).check();
  await expect(avgRps).toHaveText('1,100 rps');
  await filter.getByRole('checkbox', { name: 'Upload' }).uncheck();
  await expect(avgRps).toHaveText('1,000 rps');

  // Undo is one step per tick (shortcuts wait while a form control has the focus: leave it first).
  await inspector(page).locator('.inspector-header').click();
  await page.keyboard.press('Control+z');
  await expect(avgRps).toHaveText('1,100 rps');
});

test('a client shows its load and bandwidth, none of our capacity or availability', async ({ page }) => {
  await openPhotoDesign(page);
  const users = page.locator('.react-flow__node-block', { hasText: 'Users' });
  await expect(page.locator('.react-flow__node-block', { hasText: 'Load balancer' }).getByTestId('block-badges')).toBeVisible();
  await expect(users.getByTestId('block-badges')).toHaveCount(0);
  await users.click();
  const panel = page.getByRole('region', { name: 'Block estimate' });
  await expect(panel.getByTestId('block-peak-rps')).toHaveText('1,100 / 2,200 rps');
  await expect(panel.getByTestId('block-bandwidth')).toHaveText('1.6 Gbit/s / 1.608 Gbit/s');
  await expect(panel.getByTestId('client-note')).toBeVisible();
  for (const figure of ['Instances needed', 'Availability', 'MTBF', 'Utilisation', 'Scores', 'Downtime', 'Per instance']) await expect(panel).not.toContainText(figure);
  await snapshot(page, 'client-figures');
});
