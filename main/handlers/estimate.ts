import { estimate, resultToJson } from '../../shared/estimate';
import type { Handlers } from './types';

/** The estimation engine through the contract (the CLI runs the same engine headless). */
export function estimateHandlers(): Pick<Handlers, 'estimate'> {
  return { estimate: ({ document }) => resultToJson(estimate(document)) };
}
