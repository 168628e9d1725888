/**
 * Bandwidth in bit/s from a request rate and a size: rps * bytes per request * 8.
 * Equivalent to bytes per day * 8 / 86,400.
 * Source: estimation-defaults.md, "Other rules worth having" (bandwidth).
 */
export function bitsPerSecond(rps: number, bytesPerRequest: number): number {
  return rps * bytesPerRequest * 8;
}
