/**
 * The badge figures as the canvas writes them (renderer/src/estimate/format.ts, which shared/
 * cannot import): three significant digits and SI prefixes. A copy until shared/ has one number
 * formatter for both.
 */
const SI = ['', 'k', 'M', 'G', 'T', 'P', 'E'];

function scaled(value: number, base: number, suffixes: string[], separator = ''): string {
  if (!Number.isFinite(value)) return '—';
  let v = Math.abs(value);
  let i = 0;
  while (v >= base && i < suffixes.length - 1) {
    v /= base;
    i++;
  }
  const digits = v >= 100 ? 0 : v >= 10 ? 1 : 2;
  const text = v.toFixed(digits).replace(/\.0+$|(\.\d*?)0+$/, '$1');
  return `${value < 0 ? '-' : ''}${text}${separator}${suffixes[i]}`;
}

export type Units = 'decimal' | 'binary';

export const formatCount = (n: number): string => scaled(n, 1000, SI);

export function formatBytes(bytes: number, units: Units = 'decimal'): string {
  // Bytes take KB, as everywhere else in Envelope (shared/format); counts keep the SI k.
  return units === 'binary' ? `${scaled(bytes, 1024, ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'], ' ')}B` : `${scaled(bytes, 1000, ['', 'K', 'M', 'G', 'T', 'P', 'E'], ' ')}B`;
}

export const formatBits = (bitsPerSecond: number): string => `${scaled(bitsPerSecond, 1000, SI, ' ')}bit/s`;

/** Availability with as many nines as it has: 0.99951 -> "99.95%". */
export function formatAvailability(a: number, maxDecimals = 4): string {
  if (!Number.isFinite(a)) return '—';
  if (a >= 1) return '100%';
  const nines = Math.max(0, Math.floor(-Math.log10(1 - a)));
  const decimals = Math.min(maxDecimals, Math.max(1, nines - 1));
  return `${(Math.floor(a * 100 * 10 ** decimals) / 10 ** decimals).toFixed(decimals)}%`;
}

/** Latency: "4.20 ms", "120 ms", "1.50 s". */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  return ms < 10 ? `${ms.toFixed(2)} ms` : ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

/** Plain numbers for prose and tables: grouped thousands, at most three significant decimals, never an exponent. */
export function formatPlain(n: number): string {
  if (!Number.isFinite(n)) return '—';
  if (Number.isInteger(n)) return n.toLocaleString('en-US');
  const abs = Math.abs(n);
  const decimals = abs >= 100 ? 0 : abs >= 1 ? 2 : Math.min(8, 2 - Math.floor(Math.log10(abs || 1)));
  return n.toLocaleString('en-US', { maximumFractionDigits: decimals });
}
