import type { BlockFigureKey, DesignTotals, EdgeFigureKey } from '../schema';

/** One named input of a formula, with where its value comes from. */
export interface ExplanationInput {
  name: string;
  value: number | string | boolean;
  unit: string;
  source: string;
}

/** Why a figure is what it is: the formula in words, its inputs, and the result with its unit. */
export interface Explanation {
  /** e.g. "URL service: instances needed" */
  figure: string;
  formula: string;
  inputs: ExplanationInput[];
  result: { value: number; unit: string };
  notes: string[];
}

export type OperationFigureKey =
  | 'requestsPerDay' | 'avgRps' | 'peakRps' | 'requestBytes' | 'responseBytes' | 'latencyMs' | 'worstLatencyMs'
  | 'availability' | 'downtimeSecondsPerYear' | 'downtimeSecondsPerMonth' | 'downtimeSecondsPerDay';

export type DesignFigureKey = Exclude<keyof DesignTotals, 'dailyActiveUsers'> | 'scores.scalability' | 'scores.maintainability' | 'scores.faultTolerance';

/** Which figure to explain. `operationId` picks one column of `avgRpsByOperation`. */
export type FigureRef =
  | { scope: 'block'; id: string; figure: BlockFigureKey | 'avgRpsByOperation'; operationId?: string }
  | { scope: 'edge'; id: string; figure: EdgeFigureKey | 'avgRpsByOperation'; operationId?: string }
  | { scope: 'operation'; id: string; figure: OperationFigureKey }
  | { scope: 'design'; figure: DesignFigureKey };

export const DESIGN_SOURCE = 'workload (design level)';
export const ENGINE_SOURCE = 'computed by Envelope (see its own explanation)';
