export * from './types';
export { SRC as catalogSources } from './sources';
export { autoWriteConsistency, capacityModels, writeConsistencies, type CapacityModel, type WriteConsistency } from './params';
export { blockKinds, blockKindsByCategory, genericBlock, getBlockKind, resolveBlockKind } from './registry';
export { edgeParams, edgeAppliesTo, edgeCarriesOptions, networkKinds, networkRoundTripMs, type EdgeAppliesTo, type EdgeCarries, type NetworkKind } from './edgeParams';
export { searchBlockKinds } from './search';
export { defaultParams, paramsSchemaFor, validateBlockParams, validateEdgeParams, type ParamIssue, type ParamsValidation } from './validate';
