import type { Design } from '../../../shared/model';
import type { EstimateResult } from '../../../shared/estimate';

/** One design to estimate, numbered so a reply can be matched to the request it answers. */
export interface EstimateRequest {
  seq: number;
  design: Design;
}

export type EstimateReply = { seq: number; ok: true; result: EstimateResult; elapsedMs: number } | { seq: number; ok: false; message: string };
