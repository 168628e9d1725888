/**
 * Plain number arrays for the result columns (JSON and structured clone need plain arrays).
 * V8 keeps a packed array of numbers unboxed, so a column is one allocation, not one per
 * figure; Array.from on a typed array goes through the iterator protocol and is several times
 * slower than this loop.
 */
export function zeros(n: number): number[] {
  return new Array<number>(n).fill(0);
}

export function toNumbers(source: Float64Array | Uint8Array): number[] {
  const a = zeros(source.length);
  for (let i = 0; i < source.length; i++) a[i] = source[i]!;
  return a;
}

export function toInts(source: Uint8Array): number[] {
  const a = new Array<number>(source.length).fill(0);
  for (let i = 0; i < source.length; i++) a[i] = source[i]!;
  return a;
}
