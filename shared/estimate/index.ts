export { estimate } from './estimate';
export { estimateChecked, checkDesign, type CheckedEstimate, type InputIssue } from './checked';
export * from './schema';
export { resultToJson, resultFromJson, type EstimateResultJson } from './json';
export { blockRow, edgeRow, toReport, type BlockRow, type EdgeRow, type EstimateReport } from './view';
export {
  createExplainer,
  explainFigure,
  BLOCK_FIGURES,
  EDGE_FIGURES,
  OPERATION_FIGURES,
  DESIGN_FIGURES,
  type Explainer,
  type Explanation,
  type ExplanationInput,
  type FigureRef,
  type DesignFigureKey,
  type OperationFigureKey,
} from './explain';
export * as formulas from './formulas';
