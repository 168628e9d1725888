export * from './types';
export { SRC as catalogSources } from './sources';
export { capacityModels, type CapacityModel } from './params';
export { blockKinds, blockKindsByCategory, genericBlock, getBlockKind, resolveBlockKind } from './registry';
export { edgeParams, edgeAppliesTo, networkKinds, networkRoundTripMs, type EdgeAppliesTo, type NetworkKind } from './edgeParams';
export { searchBlockKinds } from './search';
export { defaultParams, paramsSchemaFor, validateBlockParams, validateEdgeParams, type ParamIssue, type ParamsValidation } from './validate';
