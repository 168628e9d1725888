import type { ErrorCode } from '../../shared/api/result';

/**
 * The HTTP status a failed operation answers with, so a refusal is never a 200 (issue 18). The
 * body is the contract's Result either way; the renderer reads it whatever the status.
 */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  badRequest: 400,
  forbidden: 403,
  notFound: 404,
  conflict: 409,
  invalidDocument: 422,
  newerVersion: 422,
  internal: 500,
};
