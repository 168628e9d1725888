export { estimate } from './estimate';
export { estimateChecked, checkDesign, type CheckedEstimate, type InputIssue } from './checked';
export * from './schema';
export * as formulas from './formulas';
