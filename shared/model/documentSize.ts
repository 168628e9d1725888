import { MAX_DESIGN_FILE_BYTES, MAX_DOCUMENT_BYTES, megabytes } from '../api/limits';

/**
 * Why a design is too large to keep, from the UTF-8 size of its compact JSON, or null. The store
 * checks it on every save and import (issue 18: a design the store took exported to a file the
 * importer refused); it leaves designs stored before the limit readable.
 */
export function documentSizeProblem(bytes: number): string | null {
  if (bytes <= MAX_DOCUMENT_BYTES) return null;
  return (
    `the design is ${bytes.toLocaleString('en-US')} bytes as JSON; Envelope keeps designs up to ${megabytes(MAX_DOCUMENT_BYTES)}, ` +
    `so that each one fits a design file (${megabytes(MAX_DESIGN_FILE_BYTES)}): remove blocks or shorten labels and notes`
  );
}
