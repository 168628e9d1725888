/**
 * Numbers for people: units spelled out, decimal SI by default (1 KB = 1,000 B) or binary
 * (1 KiB = 1,024 B) when the design asks for it, durations in the largest sensible unit.
 */
export type UnitSystem = 'decimal' | 'binary';

export function plain(x: number, digits = 4): string {
  if (x === 0) return '0';
  const abs = Math.abs(x);
  if (abs >= 1e15 || abs < 1e-4) return x.toExponential(3);
  const decimals = abs >= 1000 ? 0 : Math.max(0, digits - 1 - Math.floor(Math.log10(abs)));
  return x.toLocaleString('en-US', { maximumFractionDigits: Math.min(decimals, 12) });
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

export function bytes(x: number, system: UnitSystem): string {
  return system === 'binary' ? scaled(x, 1024, ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB']) : scaled(x, 1000, ['B', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB']);
}

export function bitRate(x: number): string {
  return scaled(x, 1000, ['bit/s', 'kbit/s', 'Mbit/s', 'Gbit/s', 'Tbit/s']);
}

export function duration(seconds: number): string {
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
      return `${plain(value)} s (${duration(value)})`;
    case '':
      return plain(value);
    default:
      return `${plain(value)} ${unit}`;
  }
}
