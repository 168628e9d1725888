import { create } from 'zustand';
import type { Design } from '../../../shared/model';
import { createExplainer, type EstimateResult, type Explainer } from '../../../shared/estimate';
import { currentDocument, useEditor } from '../editor/store/editorStore';
import { buildBadges, type Badge } from './badges';
import { runEstimate, type EstimateReply, type EstimateRequest } from './workerProtocol';

interface EstimateState {
  result: EstimateResult | null;
  design: Design | null;
  /** Set when the engine itself failed: a bug, never bad input (that becomes warnings). */
  failure: string | null;
  badges: Map<string, Badge>;
  /** How long the last estimate took, for the curious (shown in the summary's footer). */
  elapsedMs: number;
}

export const useEstimate = create<EstimateState>(() => ({ result: null, design: null, failure: null, badges: new Map(), elapsedMs: 0 }));

let explainer: { for: EstimateResult; value: Explainer } | null = null;

/** Explanations are built on the first "why?" of each estimate, not on every edit. */
export function currentExplainer(): Explainer | null {
  const { result, design } = useEstimate.getState();
  if (!result || !design) return null;
  if (explainer?.for !== result) explainer = { for: result, value: createExplainer(design, result) };
  return explainer.value;
}

function apply(design: Design, reply: EstimateReply): void {
  if (reply.ok) {
    const { result, elapsedMs } = reply;
    useEstimate.setState((s) => ({ result, design, failure: null, badges: buildBadges(result, s.badges), elapsedMs }));
  } else {
    useEstimate.setState({ failure: reply.message });
  }
}

/**
 * Runs the engine in a worker, one request at a time: edits made while it works are estimated
 * together when it answers, from the document as it is then. Where no worker can start (or one
 * fails) the engine runs here instead, so the numbers never stop.
 */
class Estimator {
  private worker: Worker | null = null;
  private inFlight: { seq: number; design: Design } | null = null;
  private dirty = false;
  private seq = 0;

  constructor(private readonly onResult: (design: Design, reply: EstimateReply) => void) {
    try {
      this.worker = new Worker(new URL('./estimate.worker.ts', import.meta.url), { type: 'module', name: 'estimate' });
      this.worker.onmessage = (e: MessageEvent<EstimateReply>) => this.answered(e.data);
      this.worker.onerror = (e) => {
        e.preventDefault();
        this.fallBack();
      };
      // A reply that cannot be read would leave its request in flight, and every later edit
      // waiting behind it: the numbers would silently stop.
      this.worker.onmessageerror = () => this.fallBack();
    } catch {
      this.worker = null;
    }
  }

  request(): void {
    if (this.inFlight) {
      this.dirty = true;
      return;
    }
    const design = currentDocument();
    if (!design) return;
    if (!this.worker) return this.onResult(design, runEstimate(0, design));
    this.inFlight = { seq: ++this.seq, design };
    try {
      this.worker.postMessage({ seq: this.seq, design } satisfies EstimateRequest);
    } catch {
      // A document the worker cannot be sent (never expected: it is plain data): estimate here.
      this.fallBack();
    }
  }

  /** On this thread, now; a reply still on its way from the worker is then out of date and dropped. */
  estimateNow(): void {
    const design = currentDocument();
    if (!design) return;
    this.inFlight = null;
    this.dirty = false;
    this.onResult(design, runEstimate(0, design));
  }

  stop(): void {
    this.worker?.terminate();
    this.worker = null;
    this.inFlight = null;
  }

  private answered(reply: EstimateReply): void {
    const sent = this.inFlight;
    if (!sent || sent.seq !== reply.seq) return;
    this.inFlight = null;
    this.onResult(sent.design, reply);
    if (this.dirty) {
      this.dirty = false;
      this.request();
    }
  }

  private fallBack(): void {
    const sent = this.inFlight;
    this.stop();
    if (sent) this.request();
  }
}

/**
 * Designs up to this many blocks are estimated on the main thread the moment they load: they open
 * close enough to read, and badges widen blocks, so they must be there when React Flow first
 * measures the blocks to fit the view. (A few milliseconds at this size; larger designs open far
 * out, where no badge is drawn.)
 */
const ESTIMATE_ON_LOAD_MAX_BLOCKS = 300;

/**
 * Re-estimate whenever the document changes (never during a drag: positions do not change the
 * numbers until a block lands in another group). Coalesced to one run per frame, in the worker.
 */
export function startEstimating(): () => void {
  const estimator = new Estimator(apply);
  let frame = 0;
  let task: ReturnType<typeof setTimeout> | undefined;
  // After the next paint, not before it: copying the document for the worker takes tens of
  // milliseconds at 5,000 blocks, and in an animation frame callback it delayed drawing the very
  // change (or the freshly opened design) it was about.
  const schedule = (): void => {
    if (frame || task !== undefined) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      task = setTimeout(() => {
        task = undefined;
        estimator.request();
      });
    });
  };
  const loaded = (): void => {
    if (useEditor.getState().nodes.length <= ESTIMATE_ON_LOAD_MAX_BLOCKS) estimator.estimateNow();
    else schedule();
  };
  // Synchronously, in the same update that loads the design, so React draws the blocks and their
  // badges in one render.
  const unsubscribe = useEditor.subscribe((state, prev) => {
    if (state.meta?.id !== prev.meta?.id) loaded();
    else if (state.meta !== prev.meta || (state.revision !== prev.revision && !state.gestureBase)) schedule();
  });
  if (useEditor.getState().meta) loaded();
  return () => {
    unsubscribe();
    if (frame) cancelAnimationFrame(frame);
    clearTimeout(task);
    estimator.stop();
    useEstimate.setState({ result: null, design: null, failure: null, badges: new Map() });
  };
}
