import { create } from 'zustand';
import type { Design } from '../../../shared/model';
import { createExplainer, estimate, type EstimateResult, type Explainer } from '../../../shared/estimate';
import { currentDocument, useEditor } from '../editor/store/editorStore';
import { useFarZoom } from '../editor/zoomDetail';
import { buildBadges, type Badge } from './badges';
import type { EstimateReply, EstimateRequest } from './workerProtocol';

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

function estimateHere(design: Design): EstimateReply {
  const started = performance.now();
  try {
    // The editor's document is valid by construction; bad parameter values come back as warnings.
    return { seq: 0, ok: true, result: estimate(design), elapsedMs: performance.now() - started };
  } catch (err) {
    return { seq: 0, ok: false, message: err instanceof Error ? err.message : String(err) };
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
    } catch {
      this.worker = null;
    }
  }

  /** `here`: run on this thread, now (see startEstimating). */
  request(here = false): void {
    if (this.inFlight) {
      this.dirty = true;
      return;
    }
    const design = currentDocument();
    if (!design) return;
    if (!this.worker || here) return this.onResult(design, estimateHere(design));
    this.inFlight = { seq: ++this.seq, design };
    this.worker.postMessage({ seq: this.seq, design } satisfies EstimateRequest);
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
 * Re-estimate whenever the document changes (never during a drag: positions do not change the
 * numbers until a block lands in another group). Coalesced to one run per frame.
 */
export function startEstimating(): () => void {
  const estimator = new Estimator(apply);
  let frame = 0;
  let first = true;
  const schedule = (): void => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      // A design opened close enough to read gets its badges before React Flow first measures
      // its blocks (badges widen them, and the fitted view is computed from their sizes); such
      // a design is small and quick to estimate. Far out no badge is drawn.
      estimator.request(first && !useFarZoom.getState().far);
      first = false;
    });
  };
  const unsubscribe = useEditor.subscribe((state, prev) => {
    if (state.meta !== prev.meta || (state.revision !== prev.revision && !state.gestureBase)) schedule();
  });
  schedule();
  return () => {
    unsubscribe();
    if (frame) cancelAnimationFrame(frame);
    estimator.stop();
    useEstimate.setState({ result: null, design: null, failure: null, badges: new Map() });
  };
}
