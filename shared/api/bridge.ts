import type { OperationInput, OperationOutput } from './contract';
import type { OperationName } from './operations';
import type { Result } from './result';

/** The typed API the renderer calls: one async method per contract operation. */
export type EnvelopeApi = {
  [K in OperationName]: (input: OperationInput<K>) => Promise<Result<OperationOutput<K>>>;
};

/** Name of the global the preload installs with contextBridge. */
export const BRIDGE_GLOBAL = 'envelope';
