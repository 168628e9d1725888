import type { Design } from '../../../shared/model';
import { estimate, type EstimateResult } from '../../../shared/estimate';

/** One design to estimate, numbered so a reply can be matched to the request it answers. */
export interface EstimateRequest {
  seq: number;
  design: Design;
}

export type EstimateReply = { seq: number; ok: true; result: EstimateResult; elapsedMs: number } | { seq: number; ok: false; message: string };

/**
 * Run the engine and time it, as the worker does and as the main thread does when it estimates
 * itself. The editor's document is valid by construction; bad parameter values come back as
 * warnings, so a throw here is a bug in the engine, reported as a failure.
 */
export function runEstimate(seq: number, design: Design): EstimateReply {
  const started = performance.now();
  try {
    return { seq, ok: true, result: estimate(design), elapsedMs: performance.now() - started };
  } catch (err) {
    return { seq, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}
