import { describe, expect, it } from 'vitest';
import { clock, phaseAt, phaseSpans, SESSION_MINUTES } from '../../../shared/practice';

describe('session phases', () => {
  it('split 45 minutes 5 / 5 / 15 / 15 / 5', () => {
    expect(phaseSpans(45).map((s) => (s.endMs - s.startMs) / 60_000)).toEqual([5, 5, 15, 15, 5]);
  });

  it('cover every offered length end to end with no gap', () => {
    for (const minutes of SESSION_MINUTES) {
      const spans = phaseSpans(minutes);
      expect(spans[0]!.startMs).toBe(0);
      expect(spans.at(-1)!.endMs).toBe(minutes * 60_000);
      for (let i = 1; i < spans.length; i++) expect(spans[i]!.startMs).toBe(spans[i - 1]!.endMs);
    }
  });

  it('tell the phase and the time left at any moment, and when time is up', () => {
    expect(phaseAt(0, 45)).toEqual({ phase: 'requirements', phaseLeftMs: 300_000, sessionLeftMs: 2_700_000, over: false });
    expect(phaseAt(301_000, 45).phase).toBe('estimation');
    expect(phaseAt(11 * 60_000, 45).phase).toBe('highLevel');
    expect(phaseAt(44 * 60_000, 45).phase).toBe('wrapUp');
    expect(phaseAt(46 * 60_000, 45)).toMatchObject({ phase: 'wrapUp', over: true, sessionLeftMs: 0 });
  });

  it('print durations as minutes and seconds', () => {
    expect(clock(2_700_000)).toBe('45:00');
    expect(clock(61_500)).toBe('1:02');
    expect(clock(-5)).toBe('0:00');
  });
});
