import type { Design } from '../../model/design';
import type { EdgeFigureKey, EstimateResult } from '../schema';
import { BLOCK_FIGURES } from '../blockFigures';
import { createEnv, type ExplainEnv } from './env';
import { explainBlockBandwidth, explainBlockLoad, explainBlockOperationRps } from './blockLoad';
import { explainBlockCapacity } from './blockCapacity';
import { explainBlockReliability } from './blockReliability';
import { explainEdge, explainEdgeOperationRps } from './edges';
import { explainOperation } from './operations';
import { explainDesign } from './design';
import type { DesignFigureKey, Explanation, FigureRef, OperationFigureKey } from './types';

export type { DesignFigureKey, Explanation, ExplanationInput, FigureRef, OperationFigureKey } from './types';

export { BLOCK_FIGURES };
export const EDGE_FIGURES: readonly EdgeFigureKey[] = ['avgRps', 'peakRps', 'avgRequestBytes', 'avgResponseBytes', 'requestBitsPerSecond', 'responseBitsPerSecond', 'hopLatencyMs'];
export const OPERATION_FIGURES: readonly OperationFigureKey[] = [
  'requestsPerDay', 'avgRps', 'peakRps', 'requestBytes', 'responseBytes', 'latencyMs', 'worstLatencyMs', 'availability',
  'downtimeSecondsPerYear', 'downtimeSecondsPerMonth', 'downtimeSecondsPerDay',
];
export const DESIGN_FIGURES: readonly DesignFigureKey[] = [
  'peakFactor', 'avgRps', 'peakRps', 'avgReadRps', 'avgWriteRps', 'instances', 'instancesNeeded', 'instancesNeededAvg', 'storageBytesPerDay', 'storageBytesPerYear',
  'storageBytesStored', 'operationalBytesPerDay', 'operationalBytesStored', 'ingressBitsPerSecond', 'egressBitsPerSecond', 'peakIngressBitsPerSecond', 'peakEgressBitsPerSecond',
  'lowestOperationAvailability', 'reliabilityWindowDays', 'scores.scalability', 'scores.maintainability', 'scores.faultTolerance',
];

function explainBlock(env: ExplainEnv, i: number, ref: Extract<FigureRef, { scope: 'block' }>): Explanation | null {
  const f = ref.figure;
  if (f === 'avgRpsByOperation') {
    const o = ref.operationId === undefined ? undefined : env.opIndex.get(ref.operationId);
    return o === undefined ? null : explainBlockOperationRps(env, i, o);
  }
  if (f === 'avgRps' || f === 'peakRps' || f === 'avgReadRps' || f === 'avgWriteRps') return explainBlockLoad(env, i, f);
  if (f === 'inBitsPerSecond' || f === 'outBitsPerSecond') return explainBlockBandwidth(env, i, f);
  return explainBlockCapacity(env, i, f) ?? explainBlockReliability(env, i, f);
}

/**
 * Explanations for one estimate. Creating one costs about as much as an estimate; each
 * explanation then recomputes only the figure asked for, with the same formula functions the
 * engine uses, so the UI can answer "why?" on click and a report can print every step.
 */
export interface Explainer {
  explain(ref: FigureRef): Explanation | null;
  /** Every figure of the result that can be explained, in report order. */
  figures(): FigureRef[];
}

export function createExplainer(design: Design, result: EstimateResult): Explainer {
  const env = createEnv(design, result);
  return {
    explain(ref) {
      switch (ref.scope) {
        case 'block': {
          const i = env.blockIndex.get(ref.id);
          return i === undefined ? null : explainBlock(env, i, ref);
        }
        case 'edge': {
          const e = env.edgeIndex.get(ref.id);
          if (e === undefined) return null;
          if (ref.figure !== 'avgRpsByOperation') return explainEdge(env, e, ref.figure);
          const o = ref.operationId === undefined ? undefined : env.opIndex.get(ref.operationId);
          return o === undefined ? null : explainEdgeOperationRps(env, e, o);
        }
        case 'operation': {
          const o = env.opIndex.get(ref.id);
          return o === undefined ? null : explainOperation(env, o, ref.figure);
        }
        case 'design':
          return explainDesign(env, ref.figure);
      }
    },
    figures() {
      const refs: FigureRef[] = DESIGN_FIGURES.map((figure) => ({ scope: 'design', figure }));
      for (const op of result.operations) for (const figure of OPERATION_FIGURES) refs.push({ scope: 'operation', id: op.id, figure });
      for (const id of result.blocks.id) {
        for (const figure of BLOCK_FIGURES) refs.push({ scope: 'block', id, figure });
        for (const op of result.operations) refs.push({ scope: 'block', id, figure: 'avgRpsByOperation', operationId: op.id });
      }
      for (const id of result.edges.id) {
        for (const figure of EDGE_FIGURES) refs.push({ scope: 'edge', id, figure });
        for (const op of result.operations) refs.push({ scope: 'edge', id, figure: 'avgRpsByOperation', operationId: op.id });
      }
      return refs;
    },
  };
}

/** One-off explanation (builds an explainer; keep one with createExplainer for many figures). */
export function explainFigure(design: Design, result: EstimateResult, ref: FigureRef): Explanation | null {
  return createExplainer(design, result).explain(ref);
}
