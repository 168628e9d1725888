import type { Page } from '@playwright/test';
import { dragOneNode, loadSettled, panWithWheel, recordLoadFrames, settle, type GestureSample, type LoadFrame } from './probe';

export interface PageResult {
  /** ms from navigation start to the first frame of the final, fully drawn and idle scene. */
  interactiveMs: number;
  /** Nodes drawn once interactive (all of them when the fitted view shows the whole design). */
  drawnNodes: number;
  drag: GestureSample;
  pan: GestureSample;
}

const QUIET_FRAMES = 60;
const GESTURE_FRAMES = 120;

/** Open `url` in `page` (fresh), wait until it is interactive, then drag a node and pan. */
export async function measurePage(page: Page, url: string): Promise<PageResult> {
  // tsx compiles with keepNames, which wraps inner functions in __name(); serialised into the page
  // they need that helper to exist there too.
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  await page.addInitScript(recordLoadFrames);
  await page.goto(url);
  await page.waitForFunction(loadSettled, QUIET_FRAMES, { timeout: 90_000, polling: 250 });
  const frames = await page.evaluate(() => {
    window.__loadDone = true;
    return window.__loadFrames ?? [];
  });
  const { interactiveMs, drawnNodes } = interactiveFrom(frames);
  // One unmeasured drag warms the JIT and the first-selection paths alike on both pages; then
  // wait for autosave and the like to finish so they do not land inside the measured gesture.
  await page.evaluate(dragOneNode, { frames: 20, stepPx: 2 });
  await page.evaluate(settle, 30);
  const drag = await page.evaluate(dragOneNode, { frames: GESTURE_FRAMES, stepPx: 2 });
  await page.evaluate(settle, 30);
  const pan = await page.evaluate(panWithWheel, { frames: GESTURE_FRAMES, stepPx: 4 });
  if (drag.moved < 100) throw new Error(`${url}: the dragged node moved ${drag.moved.toFixed(0)} px, not ~240: the drag did not take`);
  if (pan.moved < 100) throw new Error(`${url}: the viewport moved ${pan.moved.toFixed(0)} px: the pan did not take`);
  return { interactiveMs, drawnNodes, drag, pan };
}

/** The first frame from which the scene stayed the same and frames came on time (< 50 ms apart). */
function interactiveFrom(frames: LoadFrame[]): { interactiveMs: number; drawnNodes: number } {
  const last = frames[frames.length - 1]!;
  let i = frames.length - 1;
  while (i > 0) {
    const prev = frames[i - 1]!;
    if (prev.shown !== last.shown || prev.transform !== last.transform || frames[i]!.t - prev.t > 50) break;
    i--;
  }
  return { interactiveMs: frames[i]!.t, drawnNodes: last.shown };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}
