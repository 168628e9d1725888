import type { z } from 'zod';
import { contract } from '../../shared/api/contract';
import { isOperationName, type OperationName } from '../../shared/api/operations';
import { ApiFailure, fail, ok, type Result } from '../../shared/api/result';
import { describeIssues } from '../../shared/model/restore';
import type { Handlers } from './types';

export type Dispatch = (operation: string, payload: unknown) => Promise<Result<unknown>>;

/** A faster validator for an operation's input, giving the same answers as its contract schema. */
export type InputValidators = Partial<Record<OperationName, (payload: unknown) => { success: true; data: unknown } | { success: false; error: z.ZodError }>>;

/**
 * The single entry both transports (IPC and the loopback HTTP host) call: check the operation
 * name, validate the payload against the contract before any handler sees it, and turn every
 * failure into a Result, because errors do not survive the trip across IPC.
 */
export function createDispatch(
  handlers: Handlers,
  log: (message: string, err: unknown) => void = console.error,
  validators: InputValidators = {},
): Dispatch {
  return async (operation, payload) => {
    if (!isOperationName(operation)) return fail('notFound', `unknown operation "${String(operation).slice(0, 60)}"`);
    const name: OperationName = operation;
    const parsed = (validators[name] ?? ((p: unknown) => contract[name].input.safeParse(p)))(payload ?? {});
    if (!parsed.success) {
      return fail('badRequest', `${name}: ${describeIssues(parsed.error)}`);
    }
    try {
      const handler = handlers[name] as (input: unknown) => unknown;
      return ok(await handler(parsed.data));
    } catch (err) {
      if (err instanceof ApiFailure) return fail(err.code, err.message);
      log(`operation ${name} failed`, err);
      return fail('internal', `${name} failed unexpectedly: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
}
