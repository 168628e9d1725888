import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { availability, bitRate, bytes, duration, percent, plain, storageBadge, withUnit } from '../../../shared/format';
import { formatDuration, formatWithUnit } from '../../../renderer/src/estimate/format';

describe('numbers for people', () => {
  it('groups digits and keeps SI prefixes, as an architect writes them', () => {
    expect(plain(144_700)).toBe('144,700');
    expect(`${plain(36_530)}%`).toBe('36,530%');
    // 699.1 PB: 699.1 * 10^15 bytes.
    expect(bytes(699.1e15, 'decimal')).toBe('699.1 PB');
    expect(bytes(5.475e17, 'decimal')).toBe('547.5 PB');
    expect(bytes(1536, 'binary')).toBe('1.5 KiB');
    expect(bitRate(0.926e12)).toBe('926 Gbit/s');
    expect(plain(0.0193)).toBe('0.0193');
  });

  it('never prints scientific notation, at any magnitude', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        for (const text of [plain(x), bytes(Math.abs(x), 'decimal'), bytes(Math.abs(x), 'binary'), bitRate(Math.abs(x)), percent(Math.abs(x) % 1)]) {
          expect(text).not.toMatch(/\d[eE][+-]?\d/);
        }
      }),
    );
  });
});

describe('availability and downtime', () => {
  it('never says 100%: more nines than it shows read as more than the most it shows', () => {
    expect(availability(0.999)).toBe('99.9%');
    expect(availability(0.99999)).toBe('99.999%');
    expect(availability(0.999999)).toBe('99.9999%');
    // 1 - 1e-12 (4 instances at 99.9%) and 1 itself (what 1 - 1e-30 is in floating point).
    expect(availability(1 - 1e-12)).toBe('> 99.9999%');
    expect(availability(1)).toBe('> 99.9999%');
    expect(availability(0.99999, 2)).toBe('> 99.99%');
  });

  it('says a downtime under a microsecond is under one, never 0 ms', () => {
    expect(formatDuration(3.1536e-5)).toBe('0.0315 ms');
    expect(formatDuration(3.1536e-23)).toBe('< 0.001 ms');
    expect(duration(3.1536e-23)).toBe('< 0.001 ms');
    expect(formatDuration(0)).toBe('0 ms');
    // The same in a "why?" box and the CLI's worked math.
    expect(withUnit(3.1536e-23, 's', 'decimal')).toBe('< 0.001 ms');
    expect(formatWithUnit(3.1536e-23, 's', 'decimal')).toBe('< 0.001 ms');
  });
});

describe('a storage badge', () => {
  it('gives a store\'s new data over its retention when that is under a year, and over a year otherwise', () => {
    // Raw videos: 937.5 GB a day kept 30 days holds 28.125 TB; written all year it would be 342.2 TB.
    expect(storageBadge(937.5e9 * 30, 30, 'decimal')).toBe('28.13 TB/30 d');
    expect(storageBadge(937.5e9 * 365, 3_650, 'decimal')).toBe('342.2 TB/y');
  });
});

describe('a value with its unit', () => {
  it('never doubles a unit', () => {
    expect(withUnit(45, 's', 'decimal')).toBe('45 s');
    expect(withUnit(7_200, 's', 'decimal')).toBe('7,200 s (2 h)');
    expect(withUnit(3, 'count', 'decimal')).toBe('3');
    expect(withUnit(2_000_000, 'B', 'decimal')).toBe('2 MB');
  });
});
