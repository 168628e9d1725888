import type { Result } from '../../../shared/api/result';

/** Thrown in the renderer for a failed Result so UI code can use try/catch around awaits. */
export class ApiCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function unwrap<T>(result: Promise<Result<T>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new ApiCallError(r.error.code, r.error.message);
  return r.value;
}
