import type { Design } from '../../model/design';
import type { EstimateResult } from '../../estimate';
import type { Prompt } from '../schema';
import type { FigureComparison } from '../worksheet';

/** Everything a review looks at; all of it is already on the candidate's machine. */
export interface ReviewInput {
  prompt: Prompt;
  design: Design;
  result: EstimateResult;
  comparisons: FigureComparison[];
  /** Ids of the prompt's requirements the candidate ticked as covered. */
  covered: readonly string[];
}

/** One thing a rule found: a problem (points off) or, for checklists, a thing done. */
export interface Finding {
  ruleId: string;
  message: string;
  blockId?: string;
}

/** A design check: data (id, title, why, points) plus one pure function. */
export interface DesignRule {
  id: string;
  title: string;
  /** What a reviewer would say and why it matters. */
  why: string;
  /** Points off the design score for each finding (at most `maxPenalty` in all). */
  penalty: number;
  maxPenalty: number;
  check: (input: ReviewInput) => Finding[];
}

export type Area = 'requirements' | 'estimation' | 'design' | 'buildingBlocks';

export interface AreaScore {
  area: Area;
  label: string;
  /** 0..100 */
  score: number;
  reasons: string[];
}

export interface Review {
  promptId: string;
  overall: number;
  areas: AreaScore[];
  requirements: { id: string; text: string; covered: boolean }[];
  estimation: FigureComparison[];
  findings: (Finding & { title: string; why: string })[];
  buildingBlocks: { kind: string; name: string; present: boolean }[];
}
