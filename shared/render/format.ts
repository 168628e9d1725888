import { availability, bitRate, bytes, compactCount, storageBadge, type UnitSystem } from '../format';

/**
 * Figures in pictures and reports. Badges are written as the canvas writes them (shared/format:
 * four significant digits with SI prefixes, bytes in KB/MB, availability with its nines), so an
 * export reads like the screen.
 */
export type Units = UnitSystem;

export const formatCount = compactCount;

export const formatBytes = (value: number, units: Units = 'decimal'): string => (Number.isFinite(value) ? bytes(value, units) : '—');

export const formatBits = (bitsPerSecond: number): string => (Number.isFinite(bitsPerSecond) ? bitRate(bitsPerSecond) : '—');

export const formatAvailability = availability;

export const formatStorageBadge = storageBadge;

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
