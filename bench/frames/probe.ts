/**
 * Code that runs inside the measured page (serialised by Playwright, so each function is
 * self-contained: no imports, no closures over the driver).
 */

declare global {
  interface Window {
    __loadFrames?: LoadFrame[];
    /** Set by the driver once the page is interactive, so the probe stops costing frame time. */
    __loadDone?: boolean;
  }
}

/** One animation frame during loading: what React Flow had drawn when the frame began. */
export interface LoadFrame {
  t: number;
  /** `.react-flow__node` elements React Flow has measured (it hides a node until it has). */
  shown: number;
  total: number;
  transform: string;
}

export interface GestureOptions {
  frames: number;
  stepPx: number;
  /** Stop early after this long: a page taking seconds a frame has said all it will. */
  maxMs: number;
}

export interface GestureSample {
  /** requestAnimationFrame timestamp deltas, ms: the frame times the user sees. */
  deltas: number[];
  /** How far the dragged node or the viewport moved on screen, px: proof the gesture took. */
  moved: number;
}

/** Init script: log every frame from navigation on, until the driver has what it needs. */
export function recordLoadFrames(): void {
  const frames: LoadFrame[] = [];
  window.__loadFrames = frames;
  const tick = (t: number): void => {
    const nodes = document.querySelectorAll<HTMLElement>('.react-flow__node');
    let shown = 0;
    for (const el of nodes) if (el.style.visibility !== 'hidden') shown++;
    const transform = document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
    frames.push({ t, shown, total: nodes.length, transform });
    if (!window.__loadDone && frames.length < 10_000) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/**
 * True once the last `count` frames drew the same fully measured scene with no frame longer than
 * `longFrameMs` (a main thread blocked that long is not interactive; shorter hiccups are machine
 * noise on a busy 2-core box and would make a stricter rule wait forever).
 */
export function loadSettled({ count, longFrameMs }: { count: number; longFrameMs: number }): boolean {
  const frames = window.__loadFrames ?? [];
  const last = frames[frames.length - 1];
  if (!last || last.shown === 0 || last.shown !== last.total || frames.length < count) return false;
  for (let i = frames.length - count; i < frames.length; i++) {
    const f = frames[i]!;
    if (f.shown !== last.shown || f.transform !== last.transform || (i > 0 && f.t - frames[i - 1]!.t > longFrameMs)) return false;
  }
  return true;
}

/** Resolve once `count` frames in a row have come on time: the page has stopped working. */
export function settle(count: number): Promise<void> {
  return new Promise((resolve) => {
    let last = 0;
    let calm = 0;
    const deadline = performance.now() + 5_000;
    const tick = (t: number): void => {
      calm = last && t - last < 20 ? calm + 1 : 0;
      last = t;
      if (calm >= count || t > deadline) resolve();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/**
 * Drag the drawn node nearest the centre of the canvas to the right, one mousemove per animation
 * frame. The events are dispatched from inside the page so each frame gets exactly one step;
 * d3-drag (under React Flow) accepts them because they carry `view: window`.
 */
export async function dragOneNode({ frames, stepPx, maxMs }: GestureOptions): Promise<GestureSample> {
  const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
  const centre = { x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 };
  let target: HTMLElement | undefined;
  let best = Infinity;
  for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
    const r = el.getBoundingClientRect();
    const d = Math.hypot(r.left + r.width / 2 - centre.x, r.top + r.height / 2 - centre.y);
    if (d < best) [best, target] = [d, el];
  }
  if (!target) throw new Error('no node on the canvas to drag');
  const start = target.getBoundingClientRect();
  const x0 = start.left + start.width / 2;
  const y0 = start.top + start.height / 2;
  const fire = (type: string, x: number): boolean =>
    target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view: window, clientX: x, clientY: y0, button: 0, buttons: type === 'mouseup' ? 0 : 1 }));
  fire('mousedown', x0);
  const deltas: number[] = [];
  const deadline = performance.now() + maxMs;
  await new Promise<void>((resolve) => {
    let step = 0;
    let last = 0;
    const tick = (t: number): void => {
      if (last) deltas.push(t - last);
      last = t;
      if (step === frames || t > deadline) return resolve();
      step++;
      fire('mousemove', x0 + step * stepPx);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  fire('mouseup', x0 + deltas.length * stepPx);
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return { deltas, moved: target.getBoundingClientRect().left - start.left };
}

/** Pan with the wheel (both canvases pan on scroll), one wheel event per animation frame. */
export async function panWithWheel({ frames, stepPx, maxMs }: GestureOptions): Promise<GestureSample> {
  const pane = document.querySelector<HTMLElement>('.react-flow__pane')!;
  const rect = pane.getBoundingClientRect();
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
  const translateY = (): number => new DOMMatrix(getComputedStyle(viewport).transform).m42;
  const before = translateY();
  const deltas: number[] = [];
  const deadline = performance.now() + maxMs;
  await new Promise<void>((resolve) => {
    let step = 0;
    let last = 0;
    const tick = (t: number): void => {
      if (last) deltas.push(t - last);
      last = t;
      if (step === frames || t > deadline) return resolve();
      step++;
      pane.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, view: window, deltaY: stepPx, deltaMode: 0, clientX: rect.left + rect.width / 2, clientY: rect.top + rect.height / 2 }));
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return { deltas, moved: Math.abs(translateY() - before) };
}
