import { bitRate, bytes, plain, withUnit, type UnitSystem } from '../../../shared/format';

/**
 * Numbers in the renderer, built on the shared formatter (shared/format) so the app reads like the
 * CLI and the worked math: panels use grouped digits ("144,700 rps", "699.1 PB", "36,530%"),
 * badges may stay compact with SI prefixes ("144.7k rps"). Never scientific notation, at any
 * magnitude: `plain` goes through Intl, which has none (a property test holds every function here).
 */
export type Units = UnitSystem;

const SI = ['', 'k', 'M', 'G', 'T', 'P', 'E'];

/** Badge counts: an SI prefix and four significant digits, "144.7k"; beyond exa, grouped digits. */
export function formatCompactCount(n: number): string {
  if (!Number.isFinite(n)) return '—';
  let v = Math.abs(n);
  let i = 0;
  while (v >= 1000 && i < SI.length - 1) {
    v /= 1000;
    i++;
  }
  // Rounding can carry into the next prefix (999.96 -> "1,000"): take it.
  if (Number(v.toPrecision(4)) >= 1000 && i < SI.length - 1) {
    v /= 1000;
    i++;
  }
  return `${n < 0 ? '-' : ''}${plain(v)}${SI[i]}`;
}

export const formatCompactRps = (rps: number): string => `${formatCompactCount(rps)} rps`;

/** Panel counts: grouped digits, "144,700"; four significant digits below one. */
export const formatCount = (n: number): string => plain(n);
export const formatRps = (rps: number): string => `${formatCount(rps)} rps`;

export function formatBytes(value: number, units: Units = 'decimal'): string {
  return Number.isFinite(value) ? bytes(value, units) : '—';
}

export const formatBits = (bitsPerSecond: number): string => (Number.isFinite(bitsPerSecond) ? bitRate(bitsPerSecond) : '—');

/** Availability as a percentage with as many nines as it has: 0.99951 -> "99.95%", 0.99999 -> "99.999%". */
export function formatAvailability(a: number, maxDecimals = 4): string {
  if (!Number.isFinite(a)) return '—';
  if (a >= 1) return '100%';
  if (a <= 0) return '0%';
  const nines = Math.max(0, Math.floor(-Math.log10(1 - a)));
  const decimals = Math.min(maxDecimals, Math.max(1, nines - 1));
  // Rounded down (99.96% is not yet 99.97%), then without trailing zeros: 99.9990% says no more than 99.999%.
  return `${(Math.floor(a * 100 * 10 ** decimals) / 10 ** decimals).toFixed(decimals).replace(/\.?0+$/, '')}%`;
}

/** Three significant digits: "5.25 h", "36.5 d", grouped when large ("1,234 d"). */
const short = (x: number): string => plain(x, 3);

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
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
      // Seconds as people read them, once: "45 s", "8.76 h" (not "45 s (45 s)").
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
