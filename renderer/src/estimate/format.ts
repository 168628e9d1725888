/** Compact, honest number formats for badges and panels: three significant digits, SI units. */
export type Units = 'decimal' | 'binary';

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

export const formatCount = (n: number): string => scaled(n, 1000, SI);
export const formatRps = (rps: number): string => `${formatCount(rps)} rps`;

export function formatBytes(bytes: number, units: Units = 'decimal'): string {
  return units === 'binary' ? `${scaled(bytes, 1024, ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'], ' ')}B` : `${scaled(bytes, 1000, SI, ' ')}B`;
}

export const formatBits = (bitsPerSecond: number): string => `${scaled(bitsPerSecond, 1000, SI, ' ')}bit/s`;

/** Availability as a percentage with as many nines as it has: 0.99951 -> "99.95%". */
export function formatAvailability(a: number, maxDecimals = 4): string {
  if (!Number.isFinite(a)) return '—';
  if (a >= 1) return '100%';
  const nines = Math.max(0, Math.floor(-Math.log10(1 - a)));
  const decimals = Math.min(maxDecimals, Math.max(1, nines - 1));
  return `${(Math.floor(a * 100 * 10 ** decimals) / 10 ** decimals).toFixed(decimals)}%`;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  if (seconds < 1) return `${(seconds * 1000).toFixed(0)} ms`;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  if (seconds < 3600) return `${(seconds / 60).toFixed(1)} min`;
  if (seconds < 86_400) return `${(seconds / 3600).toFixed(1)} h`;
  return `${(seconds / 86_400).toFixed(1)} d`;
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  return ms < 10 ? `${ms.toFixed(2)} ms` : ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

export const formatPercent = (ratio: number): string => (Number.isFinite(ratio) ? `${(ratio * 100).toFixed(ratio < 0.1 ? 1 : 0)}%` : '—');

/** A value with the unit an explanation gives it. */
export function formatWithUnit(value: number, unit: string, units: Units = 'decimal'): string {
  switch (unit) {
    case 'rps':
    case 'req/s':
      return formatRps(value);
    case 'bytes':
    case 'B':
      return formatBytes(value, units);
    case 'bytes/day':
      return `${formatBytes(value, units)}/day`;
    case 'bytes/year':
      return `${formatBytes(value, units)}/year`;
    case 'bit/s':
      return formatBits(value);
    case 'ms':
      return formatMs(value);
    case 's':
    case 'seconds':
      return formatDuration(value);
    case 'ratio':
      return value <= 1 && value >= 0.9 ? formatAvailability(value) : formatPercent(value);
    case 'count':
      return Number(value.toPrecision(6)).toLocaleString('en-US');
    default:
      return `${Number.isInteger(value) ? value.toLocaleString('en-US') : Number(value.toPrecision(4)).toLocaleString('en-US')}${unit ? ` ${unit}` : ''}`;
  }
}
