import { z } from 'zod';

/**
 * Errors do not survive being thrown across IPC (only the message crosses), so every operation
 * answers with a Result instead: the caller always learns what went wrong and what to do.
 */
export const ErrorCodeSchema = z.enum([
  'badRequest', // the payload failed the contract's schema
  'notFound',
  'conflict',
  'invalidDocument', // a stored or loaded document is damaged; the message names the problem
  'newerVersion',
  'forbidden',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const ApiErrorSchema = z.object({
  code: ErrorCodeSchema,
  message: z.string(),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });

/** A thrown error that carries a contract error code; dispatch turns it into a failed Result. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: ApiErrorSchema }),
  ]);
}
