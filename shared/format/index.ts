/**
 * Numbers for people, the same in the app, the CLI, warnings and worked math: grouped digits, units
 * spelled out, decimal SI by default (1 KB = 1,000 B) or binary (1 KiB = 1,024 B) when the design
 * asks for it, durations in the largest sensible unit, and never scientific notation.
 */
export type UnitSystem = 'decimal' | 'binary';

// Intl formatters are costly to build (tens of microseconds each): one per option set, reused.
const wholeFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const significantFormats = new Map<number, Intl.NumberFormat>();

function significant(digits: number): Intl.NumberFormat {
  let f = significantFormats.get(digits);
  if (!f) significantFormats.set(digits, (f = new Intl.NumberFormat('en-US', { maximumSignificantDigits: digits })));
  return f;
}

/** A number with grouped digits and `digits` significant digits; never scientific notation. */
export function plain(x: number, digits = 4): string {
  if (x === 0 || !Number.isFinite(x)) return Number.isNaN(x) ? '—' : x === 0 ? '0' : x > 0 ? '∞' : '-∞';
  const abs = Math.abs(x);
  // Whole numbers keep every digit up to a million (144,700 rps); beyond, `digits` significant
  // digits, grouped. Intl never falls back to scientific notation, whatever the magnitude.
  if (abs >= 1000 && abs < 1e6) return wholeFormat.format(x);
  return significant(digits).format(x);
}

function scaled(x: number, base: number, units: readonly string[]): string {
  let v = x;
  let i = 0;
  while (Math.abs(v) >= base && i < units.length - 1) {
    v /= base;
    i++;
  }
  return `${plain(v)} ${units[i]}`;
}

const SI = ['', 'k', 'M', 'G', 'T', 'P', 'E'];

/** Badge counts: an SI prefix and four significant digits, "144.7k"; beyond exa, grouped digits. */
export function compactCount(n: number): string {
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

/** Availability as a percentage with as many nines as it has: 0.99951 -> "99.95%", 0.99999 -> "99.999%". */
export function availability(a: number, maxDecimals = 4): string {
  if (!Number.isFinite(a)) return '—';
  if (a <= 0) return '0%';
  // Nothing we run is up all the time: more nines than the decimals show (and a = 1, which is
  // what 1 - 10^-17 is in floating point) read "> 99.9999%", never "100%".
  const nines = a >= 1 ? Infinity : Math.max(0, Math.floor(-Math.log10(1 - a)));
  if (nines > maxDecimals + 2) return `> ${(100 - 10 ** (2 - (maxDecimals + 2))).toFixed(maxDecimals)}%`;
  const decimals = Math.min(maxDecimals, Math.max(1, nines - 1));
  // Rounded down (99.96% is not yet 99.97%), then without trailing zeros: 99.9990% says no more than 99.999%.
  return `${(Math.floor(a * 100 * 10 ** decimals) / 10 ** decimals).toFixed(decimals).replace(/\.?0+$/, '')}%`;
}

export function bytes(x: number, system: UnitSystem): string {
  return system === 'binary' ? scaled(x, 1024, ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB']) : scaled(x, 1000, ['B', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB']);
}

/**
 * A store's storage badge, one copy of its new data: a year's worth ("342.2 TB/y"), or, when it
 * keeps data less than a year, its retention's worth, which it then holds ("28.13 TB/30 d" for
 * 30 days of 937.5 GB): "28.13 TB/y" read as a year of writes.
 */
export function storageBadge(bytesPerYear: number, retentionDays: number, system: UnitSystem): string {
  return `${bytes(bytesPerYear, system)}/${retentionDays < 365 ? `${plain(retentionDays)} d` : 'y'}`;
}

export function bitRate(x: number): string {
  return scaled(x, 1000, ['bit/s', 'kbit/s', 'Mbit/s', 'Gbit/s', 'Tbit/s']);
}

export function duration(seconds: number): string {
  // Down less than a microsecond a year (many spare instances): say so rather than print 20 zeros.
  if (seconds > 0 && seconds < 1e-6) return '< 0.001 ms';
  if (seconds < 60) return `${plain(seconds)} s`;
  if (seconds < 3600) return `${plain(seconds / 60)} min`;
  if (seconds < 86_400 * 2) return `${plain(seconds / 3600)} h`;
  return `${plain(seconds / 86_400)} d`;
}

export function percent(ratio: number): string {
  if (ratio >= 0.99 && ratio < 1) {
    // Show the nines: 0.99999 -> 99.999%.
    const nines = Math.min(12, Math.max(2, Math.ceil(-Math.log10(1 - ratio)) + 1));
    return `${(ratio * 100).toFixed(nines - 2)}%`;
  }
  return `${plain(ratio * 100)}%`;
}

/** A value with the unit an explanation gives it. */
export function withUnit(value: number | string | boolean, unit: string, system: UnitSystem): string {
  if (typeof value !== 'number') return String(value);
  switch (unit) {
    case 'bytes':
      return bytes(value, system);
    case 'bytes/day':
      return `${bytes(value, system)}/day`;
    case 'bytes/year':
      return `${bytes(value, system)}/year`;
    case 'bit/s':
      return bitRate(value);
    case 'ratio':
    case 'probability':
      return `${plain(value, 6)} (${percent(value)})`;
    case 's':
    case 's/year':
      if (value > 0 && value < 1e-6) return duration(value);
      // Under a minute the duration is the same figure again: say it once.
      return value < 60 ? `${plain(value)} s` : `${plain(value)} s (${duration(value)})`;
    case 'count':
    case '':
      return plain(value);
    case 'B':
      return bytes(value, system);
    default:
      return `${plain(value)} ${unit}`;
  }
}
