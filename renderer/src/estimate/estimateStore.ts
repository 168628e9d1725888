import { create } from 'zustand';
import type { Design } from '../../../shared/model';
import { createExplainer, estimate, type EstimateResult, type Explainer } from '../../../shared/estimate';
import { currentDocument, useEditor } from '../editor/store/editorStore';
import { buildBadges, type Badge } from './badges';

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

function recompute(): void {
  const design = currentDocument();
  if (!design) return;
  const started = performance.now();
  try {
    // The editor's document is valid by construction; bad parameter values come back as warnings.
    const result = estimate(design);
    const elapsedMs = performance.now() - started;
    useEstimate.setState((s) => ({ result, design, failure: null, badges: buildBadges(result, s.badges), elapsedMs }));
  } catch (err) {
    useEstimate.setState({ failure: err instanceof Error ? err.message : String(err) });
  }
}

/**
 * Re-estimate whenever the document changes (never during a drag: positions do not change the
 * numbers until a block lands in another group). Coalesced to one run per frame.
 */
export function startEstimating(): () => void {
  let frame = 0;
  const schedule = (): void => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      recompute();
    });
  };
  const unsubscribe = useEditor.subscribe((state, prev) => {
    if (state.meta !== prev.meta || (state.revision !== prev.revision && !state.gestureBase)) schedule();
  });
  schedule();
  return () => {
    unsubscribe();
    if (frame) cancelAnimationFrame(frame);
    useEstimate.setState({ result: null, design: null, failure: null, badges: new Map() });
  };
}
