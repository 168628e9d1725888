import { useState } from 'react';
import type { PracticeSession } from '../../../shared/api/practiceSchemas';
import { phaseAt } from '../../../shared/practice';
import { PhaseTimer } from './PhaseTimer';
import { PromptDetails } from './PromptDetails';
import { WorksheetForm } from './WorksheetForm';
import { endSession, reveal, usePractice } from './practiceStore';

type Tab = 'prompt' | 'worksheet';

/** Beside the canvas during a session: the timer, the prompt with its checklist and hints, the worksheet. */
export function PracticePanel({ session }: { session: PracticeSession }) {
  const [tab, setTab] = useState<Tab>('prompt');
  const phase = usePractice((s) => phaseAt(s.elapsedMs, session.minutes).phase);
  // Ending early is one click from a scored review that cannot be undone: ask once while time is left.
  const minutesLeft = usePractice((s) => Math.ceil(Math.max(0, session.minutes * 60_000 - s.elapsedMs) / 60_000));
  const [confirming, setConfirming] = useState(false);
  return (
    <aside className="practice-panel" aria-label="Practice">
      <PhaseTimer session={session} />
      <div className="tabs" role="tablist" aria-label="Practice panels">
        {(['prompt', 'worksheet'] as const).map((t) => (
          <button key={t} type="button" role="tab" aria-selected={tab === t} className={tab === t ? 'active' : ''} onClick={() => setTab(t)}>
            {t === 'prompt' ? 'Prompt' : 'Worksheet'}
          </button>
        ))}
      </div>
      <div className="practice-body">{tab === 'prompt' ? <PromptDetails session={session} phase={phase} /> : <WorksheetForm session={session} />}</div>
      <footer className="practice-actions">
        {!session.revealed && !confirming && (
          <button type="button" onClick={reveal} title="Show Envelope's own figures on the canvas and in the Estimate tab">
            Reveal figures
          </button>
        )}
        {confirming ? (
          <>
            <button type="button" className="primary" onClick={() => void endSession()}>
              End now, {minutesLeft} min early
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep going
            </button>
          </>
        ) : (
          <button type="button" className="primary" onClick={() => (minutesLeft > 0 ? setConfirming(true) : void endSession())}>
            End session
          </button>
        )}
      </footer>
    </aside>
  );
}
