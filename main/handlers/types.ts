import type { OperationOutput, ParsedInput } from '../../shared/api/contract';
import type { OperationName } from '../../shared/api/operations';

/** One function per contract operation; the dispatcher has already validated the input. */
export type Handlers = {
  [K in OperationName]: (input: ParsedInput<K>) => OperationOutput<K> | Promise<OperationOutput<K>>;
};
