import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatAvailability,
  formatBits,
  formatBytes,
  formatCompactCount,
  formatCompactRps,
  formatCount,
  formatDuration,
  formatMs,
  formatPercent,
  formatRps,
  formatWithUnit,
} from '../../../renderer/src/estimate/format';

/** Every unit the engine's explanations use today, and a few it may use tomorrow. */
const UNITS = ['rps', 'req/s', 'bytes', 'bytes/day', 'bytes/year', 'bit/s', 'ms', 's', 'seconds', 'ratio', 'probability', 'count', '', 'x', 'hours', 'days', 'points', 'copies', 'requests/day'];

function everyFormat(x: number): string[] {
  return [
    formatCompactCount(x),
    formatCompactRps(x),
    formatCount(x),
    formatRps(x),
    formatBytes(x, 'decimal'),
    formatBytes(x, 'binary'),
    formatBits(x),
    formatAvailability(x),
    formatDuration(x),
    formatMs(x),
    formatPercent(x),
    ...UNITS.flatMap((unit) => [formatWithUnit(x, unit, 'decimal'), formatWithUnit(x, unit, 'binary')]),
  ];
}

describe('renderer numbers for people', () => {
  it('never print scientific notation, at any magnitude', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) => {
        for (const text of everyFormat(x)) expect(text, `${x}`).not.toMatch(/\d[eE][+-]?\d|e\+|e-/);
      }),
      { numRuns: 1000 },
    );
    // About fifty formats per double: give a machine shared with other work room to finish.
  }, 30_000);

  it('never print a unit twice', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e30, noNaN: true }), (x) => {
        for (const unit of UNITS) {
          const text = formatWithUnit(x, unit);
          for (const word of ['rps', 's', 'ms', 'B', 'bit/s', 'hours', 'count']) {
            const times = text.split(/[\s()]+/).filter((w) => w === word).length;
            expect(times, `${text} (${unit})`).toBeLessThanOrEqual(1);
          }
        }
      }),
    );
  });

  it('panels group digits; badges keep SI prefixes', () => {
    expect(formatRps(144_700)).toBe('144,700 rps');
    expect(formatPercent(365.3)).toBe('36,530%');
    expect(formatPercent(0.7341)).toBe('73.4%');
    expect(formatBytes(699.1e15)).toBe('699.1 PB');
    expect(formatBytes(5.475e17)).toBe('547.5 PB');
    expect(formatBytes(1536, 'binary')).toBe('1.5 KiB');
    expect(formatBits(926e9)).toBe('926 Gbit/s');
    expect(formatCompactRps(144_700)).toBe('144.7k rps');
    expect(formatCompactCount(14_800)).toBe('14.8k');
    // Rounding that reaches the next prefix takes it.
    expect(formatCompactCount(999_960)).toBe('1M');
    expect(formatCompactCount(3)).toBe('3');
    expect(formatMs(142)).toBe('142 ms');
    expect(formatMs(0.5)).toBe('0.5 ms');
    expect(formatMs(2_500)).toBe('2.5 s');
    expect(formatDuration(8.76 * 3600)).toBe('8.76 h');
    expect(formatAvailability(0.99951)).toBe('99.95%');
    expect(formatAvailability(0)).toBe('0%');
    expect(formatWithUnit(45, 's')).toBe('45 s');
    expect(formatWithUnit(31_536, 's')).toBe('31,536 s (8.76 h)');
    expect(formatWithUnit(3, 'count')).toBe('3');
    expect(formatWithUnit(5.475e17, 'bytes/year')).toBe('547.5 PB/year');
    expect(formatCount(Infinity)).toBe('∞');
    expect(formatBytes(NaN)).toBe('—');
  });
});
