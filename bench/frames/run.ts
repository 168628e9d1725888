/**
 * Editor frame-time bench: `npm run bench` (or `npx tsx bench/frames/run.ts [sizes…]`).
 *
 * What it measures, for designs of 200, 1,000 and 5,000 blocks (about 2x connections, the catalog
 * mix of bench/generateDesign.ts on a grid), in the production editor served by the browser host
 * and in a bare React Flow page (bench/frames/bare, its own production build) with the same nodes,
 * edges and viewport options, each in a fresh page of one headless Chromium run at 1280x800:
 *
 * - open→interactive: from navigation start to the first animation frame from which the canvas
 *   stayed the same (same number of drawn and measured `.react-flow__node` elements, all of them,
 *   and the same viewport transform, i.e. after fit-view) with no frame later than 200 ms (a
 *   blocked main thread), for at least 60 frames. With onlyRenderVisibleElements that is the nodes in view; the fitted view
 *   of these designs shows all of them, and the table's source keeps the drawn count. A per-frame
 *   probe reads the DOM during loading (about a millisecond at 5,000 nodes); it stops before the
 *   gestures.
 * - drag: the node nearest the canvas centre gets a mousedown, then ONE mousemove (2 px) per
 *   requestAnimationFrame for 120 frames, then mouseup; frame time = the deltas between rAF
 *   timestamps, which is what the user sees. The events are dispatched inside the page, so each
 *   frame gets exactly one step (Playwright's mouse would batch or spread them), and d3-drag takes
 *   them as real ones (they carry `view: window`). The run fails unless the node moved on screen.
 *   A 20-frame drag first warms both pages the same way, then the driver waits for 30 calm frames.
 * - pan: one 4 px wheel event per frame on the pane for 120 frames (both canvases pan on scroll);
 *   the run fails unless the viewport moved.
 *
 * Honesty notes: headless Chromium still ticks rAF at the display rate (60 Hz here) and, with no
 * GPU, rasterises in software, so absolute numbers are worse than on a laptop; both pages pay the
 * same, which is why the targets compare ratios. Frame deltas are quantised to vsync (16.7 ms,
 * 33.3 ms, …): p50 of 16.7 means every step was drawn in its own frame. Background throttling is
 * switched off so a hidden headless page is not slowed down.
 */
import { chromium, type Browser } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from '../../scripts/build-if-stale.mjs';
import { ensureChromium } from '../../scripts/chromium.mjs';
import { benchDesign } from './benchDesign';
import { startEnvelopeHost } from './envelopeHost';
import { measurePage, type PageResult } from './measure';
import { serveBarePage } from './staticServer';
import { formatTable, targetChecks, type SizeResult } from './table';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const SIZES = sizes.length ? sizes : [200, 1_000, 5_000];
const VIEWPORT = { width: 1280, height: 800 };

buildIfStale(root);
const bareBuild = spawnSync('npx', ['vite', 'build', '--config', 'bench/frames/vite.config.ts'], { cwd: root, stdio: 'inherit' });
if (bareBuild.status !== 0) throw new Error('building the bare React Flow page failed');

const host = await startEnvelopeHost(root);
const bare = await serveBarePage(join(root, 'out/bench-bare'));
const browser = await chromium.launch({
  executablePath: ensureChromium().path,
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
    '--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows',
  ],
});

async function inFreshPage(browser: Browser, url: string): Promise<{ result: PageResult; canvas: { width: number; height: number } }> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  try {
    const result = await measurePage(page, url);
    const box = await page.locator('.react-flow').boundingBox();
    return { result, canvas: { width: Math.round(box?.width ?? VIEWPORT.width), height: Math.round(box?.height ?? VIEWPORT.height) } };
  } finally {
    await page.close();
  }
}

const chromiumVersion = browser.version();
// Frame times depend on what else the machine is doing; print it with the table.
const loadBefore = loadavg()[0]!;
const results: SizeResult[] = [];
try {
  for (const blocks of SIZES) {
    const design = benchDesign(blocks);
    const id = await host.addDesign(design);
    const envelope = await inFreshPage(browser, `${host.origin}/#/design/${id}`);
    bare.setDesign(JSON.stringify(design));
    // The bare canvas gets the editor canvas's size, so both fit the design at the same zoom.
    const baseline = await inFreshPage(browser, `${bare.origin}/?w=${envelope.canvas.width}&h=${envelope.canvas.height}`);
    console.log(`${blocks} blocks: drawn ${envelope.result.drawnNodes} (envelope) / ${baseline.result.drawnNodes} (bare) nodes once interactive`);
    results.push({ blocks, edges: design.edges.length, envelope: envelope.result, bare: baseline.result });
  }
} finally {
  await browser.close();
  bare.close();
  host.stop();
}

console.log(`\nEditor frame times (Chromium ${chromiumVersion}, headless, no GPU, ${cpus().length} cores, load average ${loadBefore.toFixed(1)} before / ${loadavg()[0]!.toFixed(1)} after):\n`);
console.log(formatTable(results));
console.log('');
for (const line of targetChecks(results)) console.log(line);
