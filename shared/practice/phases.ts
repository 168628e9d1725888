import { PHASES, type Phase } from './schema';

/** Session lengths offered; 45 minutes is the usual interview slot. */
export const SESSION_MINUTES = [35, 45, 60] as const;
export type SessionMinutes = (typeof SESSION_MINUTES)[number];

export const PHASE_LABELS: Record<Phase, string> = {
  requirements: 'Requirements',
  estimation: 'Estimation',
  highLevel: 'High-level design',
  deepDive: 'Deep dive',
  wrapUp: 'Wrap-up',
};

/**
 * How a session splits into phases: 5 / 5 / 15 / 15 / 5 of 45 minutes, the split the interview
 * books recommend, scaled to 35 or 60 minutes.
 */
const SHARES: Record<Phase, number> = { requirements: 1 / 9, estimation: 1 / 9, highLevel: 1 / 3, deepDive: 1 / 3, wrapUp: 1 / 9 };

export interface PhaseSpan {
  phase: Phase;
  startMs: number;
  endMs: number;
}

export function phaseSpans(minutes: number): PhaseSpan[] {
  const total = minutes * 60_000;
  let start = 0;
  return PHASES.map((phase) => {
    const end = phase === 'wrapUp' ? total : Math.round(start + SHARES[phase] * total);
    const span = { phase, startMs: start, endMs: end };
    start = end;
    return span;
  });
}

/** The phase at `elapsedMs` into a session, and the time left in it and in the session. */
export function phaseAt(elapsedMs: number, minutes: number): { phase: Phase; phaseLeftMs: number; sessionLeftMs: number; over: boolean } {
  const spans = phaseSpans(minutes);
  const total = minutes * 60_000;
  const span = spans.find((s) => elapsedMs < s.endMs) ?? spans[spans.length - 1]!;
  return { phase: span.phase, phaseLeftMs: Math.max(0, span.endMs - elapsedMs), sessionLeftMs: Math.max(0, total - elapsedMs), over: elapsedMs >= total };
}

/** "12:05" for a duration; never negative. */
export function clock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
