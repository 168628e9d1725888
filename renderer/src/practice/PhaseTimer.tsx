import { Pause, Play } from 'lucide-react';
import type { PracticeSession } from '../../../shared/api/practiceSchemas';
import { clock, PHASE_LABELS, phaseSpans } from '../../../shared/practice';
import { pause, resume, usePractice } from './practiceStore';

/** The session clock: the phases as a strip, the current one's time left, pause and resume. */
export function PhaseTimer({ session }: { session: PracticeSession }) {
  const elapsed = usePractice((s) => Math.floor(s.elapsedMs / 1000) * 1000);
  const running = usePractice((s) => s.running);
  const spans = phaseSpans(session.minutes);
  const current = spans.find((s) => elapsed < s.endMs) ?? spans[spans.length - 1]!;
  return (
    <section className="phase-timer" aria-label="Timer">
      <div className="timer-row">
        <strong data-testid="phase">{PHASE_LABELS[current.phase]}</strong>
        <span className="timer-left" data-testid="phase-left" title="Time left in this phase">
          {clock(current.endMs - elapsed)}
        </span>
        <span className="muted small" data-testid="session-left" title="Time left in the session">
          {clock(session.minutes * 60_000 - elapsed)} left
        </span>
        <button type="button" onClick={running ? pause : resume} aria-label={running ? 'Pause the timer' : 'Resume the timer'}>
          {running ? <Pause size={14} aria-hidden /> : <Play size={14} aria-hidden />}
        </button>
      </div>
      <ol className="phase-strip" aria-label="Phases">
        {spans.map((s) => (
          <li key={s.phase} className={s === current ? 'current' : elapsed >= s.endMs ? 'done' : ''} style={{ flexGrow: s.endMs - s.startMs }} title={`${PHASE_LABELS[s.phase]}: ${clock(s.endMs - s.startMs)}`}>
            {PHASE_LABELS[s.phase]}
          </li>
        ))}
      </ol>
      {!running && <p className="muted small" role="status">Paused</p>}
    </section>
  );
}
