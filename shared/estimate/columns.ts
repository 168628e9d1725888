/**
 * Plain number arrays for the result columns (JSON and structured clone need plain arrays).
 * V8 keeps a packed array of numbers unboxed, so a column is one allocation, not one per
 * figure; Array.from on a typed array goes through the iterator protocol and is several times
 * slower than this loop.
 */
export function zeros(n: number): number[] {
  return new Array<number>(n).fill(0);
}

/**
 * A maker of zero columns of length n that already hold doubles: writing a fraction into an
 * all-integer array makes V8 copy it into a double array, so each column is cloned (a memcpy)
 * from one double template instead.
 */
export function doubleColumns(n: number): () => number[] {
  const template = new Array<number>(n).fill(0.5);
  template.fill(0);
  return () => template.slice();
}

export function toNumbers(source: Float64Array | Uint8Array): number[] {
  const a = doubleColumns(source.length)();
  for (let i = 0; i < source.length; i++) a[i] = source[i]!;
  return a;
}

export function toInts(source: Uint8Array): number[] {
  const a = new Array<number>(source.length).fill(0);
  for (let i = 0; i < source.length; i++) a[i] = source[i]!;
  return a;
}

export function toFloat64(source: readonly number[]): Float64Array {
  const a = new Float64Array(source.length);
  for (let i = 0; i < source.length; i++) a[i] = source[i]!;
  return a;
}
