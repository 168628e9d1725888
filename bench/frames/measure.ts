import type { Page } from '@playwright/test';
import { dragOneNode, loadSettled, panWithWheel, recordLoadFrames, settle, type GestureSample, type LoadFrame } from './probe';

export interface PageResult {
  /** ms from navigation start to the first frame of the final, fully drawn and idle scene. */
  interactiveMs: number;
  /** False when frames never stopped taking over LONG_FRAME_MS: interactiveMs is then when the scene was complete. */
  idle: boolean;
  /** Nodes drawn once interactive (all of them when the fitted view shows the whole design). */
  drawnNodes: number;
  drag: GestureSample;
  pan: GestureSample;
}

const QUIET_FRAMES = 60;
/** A frame this late means the main thread was blocked: the page is not interactive yet. */
const LONG_FRAME_MS = 200;
const GESTURE_FRAMES = 120;
const GESTURE_MAX_MS = 15_000;
const LOAD_TIMEOUT_MS = 30_000;

/** Open `url` in `page` (fresh), wait until it is interactive, then drag a node and pan. */
export async function measurePage(page: Page, url: string): Promise<PageResult> {
  // tsx compiles with keepNames, which wraps inner functions in __name(); serialised into the page
  // they need that helper to exist there too.
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  await page.addInitScript(recordLoadFrames);
  await page.goto(url);
  const idle = await page
    .waitForFunction(loadSettled, { count: QUIET_FRAMES, longFrameMs: LONG_FRAME_MS }, { timeout: LOAD_TIMEOUT_MS, polling: 250 })
    .then(() => true, () => false);
  const frames = await page.evaluate(() => {
    window.__loadDone = true;
    return window.__loadFrames ?? [];
  });
  const { interactiveMs, drawnNodes } = interactiveFrom(frames, idle ? LONG_FRAME_MS : Infinity);
  if (drawnNodes === 0) throw new Error(`${url}: no node was drawn within ${LOAD_TIMEOUT_MS / 1000} s`);
  // One unmeasured drag warms the JIT and the first-selection paths alike on both pages; then
  // wait for autosave and the like to finish so they do not land inside the measured gesture.
  await page.evaluate(dragOneNode, { frames: 20, stepPx: 2, maxMs: GESTURE_MAX_MS / 4 });
  await page.evaluate(settle, 30);
  const drag = await page.evaluate(dragOneNode, { frames: GESTURE_FRAMES, stepPx: 2, maxMs: GESTURE_MAX_MS });
  await page.evaluate(settle, 30);
  const pan = await page.evaluate(panWithWheel, { frames: GESTURE_FRAMES, stepPx: 4, maxMs: GESTURE_MAX_MS });
  // Each step is 2 px (drag) or 2 px (pan: React Flow scrolls half the wheel delta); allow snapping.
  if (drag.moved < drag.deltas.length) throw new Error(`${url}: the dragged node moved ${drag.moved.toFixed(0)} px in ${drag.deltas.length} steps: the drag did not take`);
  if (pan.moved < pan.deltas.length) throw new Error(`${url}: the viewport moved ${pan.moved.toFixed(0)} px: the pan did not take`);
  return { interactiveMs, idle, drawnNodes, drag, pan };
}

/** The first frame from which the scene stayed the same and no frame came later than `longFrameMs`. */
function interactiveFrom(frames: LoadFrame[], longFrameMs: number): { interactiveMs: number; drawnNodes: number } {
  const last = frames[frames.length - 1]!;
  let i = frames.length - 1;
  while (i > 0) {
    const prev = frames[i - 1]!;
    if (prev.shown !== last.shown || prev.transform !== last.transform || frames[i]!.t - prev.t > longFrameMs) break;
    i--;
  }
  return { interactiveMs: frames[i]!.t, drawnNodes: last.shown };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}
