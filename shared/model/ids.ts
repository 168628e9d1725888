import { z } from 'zod';
import { FIELD_LIMITS } from '../api/limits';

/** Ids are short opaque strings; the limit keeps a hostile file from carrying megabyte keys. */
export const IdSchema = z
  .string()
  .min(1, 'an id cannot be empty')
  .max(FIELD_LIMITS.idChars, `an id is at most ${FIELD_LIMITS.idChars} characters`)
  .regex(/^[A-Za-z0-9_.:-]+$/, 'an id may only use letters, digits and _ . : -');

/** Web Crypto is global in Node 20 and every renderer; shared/ has no DOM or Node types, so name the one call. */
const webCrypto = (globalThis as unknown as { crypto: { getRandomValues(array: Uint8Array): Uint8Array } }).crypto;

/** Random id from the platform's CSPRNG. */
export function newId(prefix = ''): string {
  const bytes = new Uint8Array(9);
  webCrypto.getRandomValues(bytes);
  let out = '';
  for (const b of bytes) out += (b % 36).toString(36);
  return prefix ? `${prefix}_${out}` : out;
}
