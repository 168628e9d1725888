import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { builtInPrompts } from '../../shared/practice';
import { snapshot } from './helpers';

/** Every key the candidate presses while drawing, so the test can hold the design to a budget. */
function keyboardCounter(page: Page) {
  let count = 0;
  return {
    press: async (key: string) => {
      count++;
      await page.keyboard.press(key);
    },
    type: async (text: string) => {
      count += text.length;
      await page.keyboard.type(text);
    },
    get count() {
      return count;
    },
  };
}

test('practise the URL shortener: phases, worksheet, keyboard-only drawing, reveal, review, replay, history', async ({ page }) => {
  test.setTimeout(120_000);
  await page.clock.install({ time: new Date('2026-12-07T09:00:00Z') });
  await page.goto('/');
  await page.getByRole('button', { name: 'Practise an interview' }).click();
  // The twelve built-in prompts (and any a test before this one imported).
  const cards = page.getByRole('list', { name: 'Prompts' }).getByRole('listitem');
  await expect(cards.first()).toBeVisible();
  expect(await cards.count()).toBeGreaterThanOrEqual(12);
  for (const p of builtInPrompts) await expect(page.getByRole('button', { name: `Start: ${p.title}` })).toHaveCount(1);
  await snapshot(page, 'practice-01-prompts');

  // 1. Start the URL shortener at the default 45 minutes.
  await page.getByRole('button', { name: 'Start: Design a URL shortener' }).click();
  await page.waitForURL(/#\/practice\/ps_/);
  const sessionId = /#\/practice\/(ps_[\w-]+)/.exec(page.url())![1]!;
  await page.locator('.react-flow').waitFor();
  const panel = page.getByRole('complementary', { name: 'Practice' });
  await expect(panel.getByTestId('phase')).toHaveText('Requirements');
  await expect(panel.getByTestId('phase-left')).toHaveText('5:00');
  await panel.getByLabel('Given a long URL, return a short, unique alias.').check();
  await panel.getByLabel('Visiting a short alias redirects to the original URL.').check();
  await panel.getByRole('button', { name: /Show hints for requirements/ }).click();
  await expect(panel.getByRole('region', { name: 'Hints' })).toContainText('custom aliases');
  await snapshot(page, 'practice-02-requirements');

  // 2. The phases advance with the clock; pause holds it.
  await page.clock.fastForward('05:01');
  await expect(panel.getByTestId('phase')).toHaveText('Estimation');
  await panel.getByRole('button', { name: 'Pause the timer' }).click();
  const paused = await panel.getByTestId('session-left').textContent();
  await page.clock.fastForward('03:00');
  await expect(panel.getByTestId('session-left')).toHaveText(paused!);
  await panel.getByRole('button', { name: 'Resume the timer' }).click();
  await page.clock.fastForward('05:00');
  await expect(panel.getByTestId('phase')).toHaveText('High-level design');
  await snapshot(page, 'practice-03-high-level');

  // 3. Draw the design with the keyboard only: `/`, a name, Enter; Shift+Enter connects from the last.
  await panel.getByRole('tab', { name: 'Prompt' }).focus();
  const keys = keyboardCounter(page);
  const add = async (name: string, connect: boolean) => {
    await keys.press('/');
    await keys.type(name);
    await keys.press(connect ? 'Shift+Enter' : 'Enter');
  };
  await add('client', false);
  await add('load', true);
  await add('app', true);
  await add('redis', true);
  await add('nosql', true);
  await add('seq', false);
  await keys.press('n');
  await keys.type('ids: base62 of sequencer id');
  await keys.press('Escape');
  expect(keys.count).toBeLessThan(100);
  // What was drawn, as saved: six blocks in a chain of four connections, and the note.
  const saved = async () => {
    const call = async (op: string, data: object) => ((await (await page.request.post(`/api/${op}`, { data, headers: { 'Content-Type': 'application/json' } })).json()) as { value: never }).value;
    const session = (await call('getPracticeSession', { id: sessionId })) as { designId: string };
    return ((await call('getDesign', { id: session.designId })) as { document: { nodes: { kind: string }[]; edges: unknown[] } }).document;
  };
  await expect.poll(async () => (await saved()).nodes.map((n) => n.kind).sort()).toEqual(['appServer', 'cache', 'client', 'loadBalancer', 'nosqlDatabase', 'note', 'sequencer']);
  expect((await saved()).edges).toHaveLength(4);
  await expect(page.locator('.react-flow__node-block')).toHaveCount(6);
  await expect(page.locator('.note-text')).toHaveText('ids: base62 of sequencer id');
  // The engine's figures stay hidden until revealed.
  await expect(page.locator('.block-badges').first()).toBeHidden();
  await expect(page.getByRole('tab', { name: 'Estimate' })).toBeHidden();
  // Nor does a border: the blocks over capacity (one app server for ~25k rps) look like the rest.
  await expect(page.locator('.block-node.over')).not.toHaveCount(0);
  const borders = () => page.locator('.block-node:not(.selected)').evaluateAll((els) => [...new Set(els.map((e) => getComputedStyle(e).borderTopColor))]);
  expect(await borders()).toHaveLength(1);
  await snapshot(page, 'practice-04-drawn-by-keyboard');

  // 4. The worksheet, checked against Envelope's figures for this design.
  await panel.getByRole('tab', { name: 'Worksheet' }).click();
  await panel.getByLabel('Peak QPS: your figure').fill('25k');
  await panel.getByLabel('Peak QPS: your arithmetic').fill('100M/day ÷ 86,400 ≈ 1,160 writes/s; ×11 with reads; ×2 peak');
  await panel.getByLabel('Writes per second (average): your figure').fill('1.2k');
  await panel.getByLabel('New storage per day: your figure').fill('10 GB');
  await panel.getByLabel('Storage over the retention (all copies): your figure').fill('40 TB');
  await panel.getByLabel('Servers needed: your figure').fill('lots');
  await panel.getByRole('button', { name: 'Check' }).click();
  const row = (id: string) => panel.locator(`.worksheet-row[data-figure="${id}"] [data-testid="verdict"]`);
  await expect(row('peakRps')).toContainText('within 2x');
  await expect(row('peakRps')).toContainText('Envelope:');
  await expect(row('servers')).toContainText('unreadable');
  await expect(row('bandwidthIn')).toContainText('not given');
  await row('peakRps').getByText('Envelope’s math').click();
  await expect(row('peakRps').locator('.formula')).not.toBeEmpty();
  await snapshot(page, 'practice-05-worksheet-checked');

  // 5. Reveal the figures.
  await panel.getByRole('button', { name: 'Reveal figures' }).click();
  await expect(page.locator('.block-badges').first()).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Estimate' })).toBeVisible();
  expect(await borders()).toHaveLength(2);
  await snapshot(page, 'practice-06-revealed');

  // 6. End the session and read the review.
  await page.clock.fastForward('10:00');
  await panel.getByRole('button', { name: 'End session' }).click();
  await panel.getByRole('button', { name: /^End now, \d+ min early$/ }).click();
  const review = page.getByRole('complementary', { name: 'Review' });
  await expect(review.getByTestId('overall-score')).toHaveText(/^\d+\/100$/);
  await expect(review.getByRole('list', { name: 'Scores' })).toContainText('Requirements: 40/100');
  await expect(review.getByRole('list', { name: 'Building blocks' })).toContainText('✓ Distributed cache');
  await expect(review.getByRole('table', { name: 'Estimation accuracy' })).toContainText('within 2x');
  await snapshot(page, 'practice-07-review');

  // 7. Replay: the snapshots taken at the end of each phase, the last with the whole design.
  await review.getByRole('button', { name: 'Replay' }).click();
  await expect(review.getByTestId('replay-caption')).toContainText('6 blocks, 4 connections');
  await snapshot(page, 'practice-08-replay-end');
  await review.getByLabel('Replay position').fill('0');
  await expect(review.getByTestId('replay-caption')).toContainText('Requirements');
  await expect(review.getByTestId('replay-caption')).toContainText('0 blocks');
  await snapshot(page, 'practice-08-replay-start');

  // 8. Export as Markdown.
  const download = page.waitForEvent('download');
  await review.getByRole('button', { name: 'Export Markdown' }).click();
  const file = await (await download).path();
  const exported = readFileSync(file, 'utf8');
  expect(exported).toMatch(/^# Practice review: Design a URL shortener/);
  // Envelope's figures with their units, as the review screen prints them.
  expect(exported).toMatch(/\n\| Peak QPS \| 25k \| [\d,]+ rps \|/);
  expect(exported).toMatch(/\n\| New storage per day \| [^|]* \| [\d.,]+ [KMGTP]?B \|/);

  // 9. After a reload, the session is in the list with its score.
  const score = await review.getByTestId('overall-score').textContent();
  await page.reload();
  await page.goto('/#/practice');
  const history = page.getByRole('table', { name: 'Past sessions' });
  const sessionRow = history.locator(`tr[data-session="${sessionId}"]`);
  await expect(sessionRow).toContainText('Design a URL shortener');
  await expect(sessionRow.getByTestId('session-score')).toHaveText(score!);
  await snapshot(page, 'practice-09-history');
});

test('a reload mid-session keeps the clock, the checklist and the worksheet; when time runs out the review opens by itself', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-07T10:00:00Z') });
  await page.goto('/#/practice');
  await page.getByLabel('Session length').selectOption('35');
  await page.getByRole('button', { name: 'Start: Design Pastebin' }).click();
  await page.waitForURL(/#\/practice\/ps_/);
  const panel = page.getByRole('complementary', { name: 'Practice' });
  await expect(panel.getByTestId('session-left')).toHaveText('35:00 left');
  await panel.getByLabel('Anyone with the link reads the paste.').check();
  await panel.getByRole('tab', { name: 'Worksheet' }).click();
  await panel.getByLabel('New storage per day: your figure').fill('10 GB');
  await panel.getByLabel('New storage per day: your arithmetic').fill('1M × 10 KB');
  await panel.getByLabel('New storage per day: your arithmetic').blur();
  // Pausing saves the clock at once.
  await page.clock.fastForward('04:00');
  await panel.getByRole('button', { name: 'Pause the timer' }).click();
  await expect(panel.getByRole('status')).toHaveText('Paused');

  await page.reload();
  await expect(panel.getByTestId('session-left')).toHaveText('31:00 left');
  await expect(panel.getByRole('status')).toHaveText('Paused');
  await expect(panel.getByLabel('Anyone with the link reads the paste.')).toBeChecked();
  await panel.getByRole('tab', { name: 'Worksheet' }).click();
  await expect(panel.getByLabel('New storage per day: your figure')).toHaveValue('10 GB');
  await expect(panel.getByLabel('New storage per day: your arithmetic')).toHaveValue('1M × 10 KB');

  await panel.getByRole('button', { name: 'Resume the timer' }).click();
  await page.clock.fastForward('31:01');
  const review = page.getByRole('complementary', { name: 'Review' });
  await expect(review.getByTestId('overall-score')).toHaveText(/^\d+\/100$/);
  // Nothing was drawn: the design checks give no marks, and every building block is missing.
  await expect(review.getByRole('list', { name: 'Scores' })).toContainText('Design checks: 0/100');
  await expect(review.getByRole('list', { name: 'Building blocks' })).toContainText('✗ Blob store');
  await snapshot(page, 'practice-10-time-up');

  // The reference design opens as a design of its own, with no error-level warning.
  await expect(review.getByRole('img', { name: 'Reference design for Design Pastebin' })).toBeVisible();
  await review.getByRole('button', { name: 'Open the reference design' }).click();
  await page.waitForURL(/#\/design\//);
  await expect(page.locator('.design-title')).toHaveText('Reference: Pastebin');
  await expect(page.locator('.react-flow__node-block')).toHaveCount(7);
  await page.getByRole('tab', { name: 'Estimate' }).click();
  await expect(page.getByRole('heading', { name: /Warnings/ })).toBeVisible();
  await expect(page.locator('.warning-error')).toHaveCount(0);
  await snapshot(page, 'practice-12-reference');
});

test('a prompt file of your own is imported, refused with a reason when broken, and can be started', async ({ page }) => {
  await page.goto('/#/practice');
  const picker = page.getByLabel('Import a prompt file');
  await picker.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"formatVersion": 1, "id": "Bad Id"}') });
  await expect(page.locator('.toast, [role="alert"], [role="status"]').filter({ hasText: 'broken.json' }).first()).toContainText('does not match the prompt format');

  const mine = { ...builtInPrompts[0], id: 'my-link-service', title: 'Design our link service' };
  await picker.setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(mine)) });
  await expect(page.getByRole('button', { name: 'Start: Design our link service' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Start: Design our link service' }).click();
  await page.waitForURL(/#\/practice\/ps_/);
  await expect(page.getByRole('complementary', { name: 'Practice' })).toContainText('Design our link service');
  await expect(page.locator('.design-title')).toHaveText('Practice: our link service');
  await snapshot(page, 'practice-11-imported');
});

test('the review stays readable after the session’s design is deleted', async ({ page }) => {
  await page.goto('/#/practice');
  await page.getByRole('button', { name: 'Start: Design an API rate limiter' }).click();
  await page.waitForURL(/#\/practice\/ps_/);
  const sessionId = /#\/practice\/(ps_[\w-]+)/.exec(page.url())![1]!;
  const practice = page.getByRole('complementary', { name: 'Practice' });
  await practice.getByRole('button', { name: 'End session' }).click();
  // Time is left, so it asks first; "Keep going" backs out, with the session still running.
  await practice.getByRole('button', { name: 'Keep going' }).click();
  await expect(practice.getByRole('button', { name: 'End session' })).toBeVisible();
  await practice.getByRole('button', { name: 'End session' }).click();
  await practice.getByRole('button', { name: /^End now, \d+ min early$/ }).click();
  await expect(page.getByRole('complementary', { name: 'Review' }).getByTestId('overall-score')).toBeVisible();
  const session = ((await (await page.request.post('/api/getPracticeSession', { data: { id: sessionId } })).json()) as { value: { designId: string } }).value;
  const deleted = (await (await page.request.post('/api/deleteDesign', { data: { id: session.designId } })).json()) as { ok: boolean };
  expect(deleted.ok).toBe(true);
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'design cannot be opened' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Review' }).getByTestId('overall-score')).toHaveText(/^\d+\/100$/);
  await snapshot(page, 'practice-13-design-deleted');
});
