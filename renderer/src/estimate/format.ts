import { availability, bitRate, bytes, compactCount, plain, withUnit, type UnitSystem } from '../../../shared/format';

/**
 * Numbers in the renderer, built on the shared formatter (shared/format) so the app reads like the
 * CLI and the worked math: panels use grouped digits ("144,700 rps", "699.1 PB", "36,530%"),
 * badges may stay compact with SI prefixes ("144.7k rps"). Never scientific notation, at any
 * magnitude: `plain` goes through Intl, which has none (a property test holds every function here).
 */
export type Units = UnitSystem;

/** Badge counts: an SI prefix and four significant digits, "144.7k" (shared with exported pictures). */
export const formatCompactCount = compactCount;

export const formatCompactRps = (rps: number): string => `${formatCompactCount(rps)} rps`;

/** Panel counts: grouped digits, "144,700"; four significant digits below one. */
export const formatCount = (n: number): string => plain(n);
export const formatRps = (rps: number): string => `${formatCount(rps)} rps`;

export function formatBytes(value: number, units: Units = 'decimal'): string {
  return Number.isFinite(value) ? bytes(value, units) : '—';
}

export const formatBits = (bitsPerSecond: number): string => (Number.isFinite(bitsPerSecond) ? bitRate(bitsPerSecond) : '—');

/** Availability as a percentage with as many nines as it has (shared with exported pictures). */
export const formatAvailability = availability;

/** Three significant digits: "5.25 h", "36.5 d", grouped when large ("1,234 d"). */
const short = (x: number): string => plain(x, 3);

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  // A block with many spare instances is down for less than a microsecond a year: say so, not "0 ms".
  if (seconds > 0 && seconds < 1e-6) return '< 0.001 ms';
  if (seconds < 1) return `${short(seconds * 1000)} ms`;
  if (seconds < 60) return `${short(seconds)} s`;
  if (seconds < 3600) return `${short(seconds / 60)} min`;
  if (seconds < 86_400) return `${short(seconds / 3600)} h`;
  return `${short(seconds / 86_400)} d`;
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  return ms < 1000 ? `${short(ms)} ms` : `${short(ms / 1000)} s`;
}

/** A ratio as a percentage: "73.4%", "36,530%". */
export const formatPercent = (ratio: number): string => (Number.isFinite(ratio) ? `${short(ratio * 100)}%` : '—');

/** A value with the unit an explanation gives it. */
export function formatWithUnit(value: number, unit: string, units: Units = 'decimal'): string {
  if (!Number.isFinite(value)) return '—';
  switch (unit) {
    case 'rps':
    case 'req/s':
      return formatRps(value);
    case 'ms':
      return formatMs(value);
    case 's':
    case 'seconds':
      // Seconds as people read them, once: "45 s", "8.76 h" (not "45 s (45 s)"); under a microsecond, "< 0.001 ms".
      if (value > 0 && value < 1e-6) return formatDuration(value);
      return value < 60 ? `${short(value)} s` : `${plain(value)} s (${formatDuration(value)})`;
    case 'count':
    case '':
      // A count's unit is the thing counted, which the input's name already says.
      return plain(value, 6);
    case 'x':
      return `×${plain(value)}`;
    default:
      return withUnit(value, unit, units);
  }
}
