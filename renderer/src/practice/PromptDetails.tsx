import { useState } from 'react';
import type { PracticeSession } from '../../../shared/api/practiceSchemas';
import { PHASE_LABELS, type Phase } from '../../../shared/practice';
import { setCovered } from './practiceStore';

/** The question, its requirements as a checklist the candidate ticks, the scale with sources, and this phase's hints on request. */
export function PromptDetails({ session, phase }: { session: PracticeSession; phase: Phase }) {
  const [hintsFor, setHintsFor] = useState<Phase | null>(null);
  const p = session.prompt;
  const requirement = (r: { id: string; text: string }) => (
    <li key={r.id}>
      <label>
        <input type="checkbox" checked={session.covered.includes(r.id)} onChange={(e) => setCovered(r.id, e.target.checked)} /> {r.text}
      </label>
    </li>
  );
  return (
    <div className="prompt-details">
      <h2>{p.title}</h2>
      <p>{p.summary}</p>
      <h3>Functional requirements</h3>
      <ul className="checklist" aria-label="Functional requirements">{p.functional.map(requirement)}</ul>
      <h3>Non-functional requirements</h3>
      <ul className="checklist" aria-label="Non-functional requirements">{p.nonFunctional.map(requirement)}</ul>
      <h3>Scale to assume</h3>
      <dl className="scale">
        {p.scale.map((f) => (
          <div key={f.id} title={`Source: ${f.source}`}>
            <dt>{f.label}</dt>
            <dd>
              {f.value.toLocaleString('en-US')} {f.unit}
            </dd>
          </div>
        ))}
      </dl>
      <p className="muted small">Hover a figure for its source.</p>
      {hintsFor === phase ? (
        <section aria-label="Hints">
          <h3>Hints: {PHASE_LABELS[phase]}</h3>
          <ul>
            {p.hints[phase].map((h) => (
              <li key={h}>{h}</li>
            ))}
          </ul>
        </section>
      ) : (
        <button type="button" onClick={() => setHintsFor(phase)}>
          Show hints for {PHASE_LABELS[phase].toLowerCase()}
        </button>
      )}
    </div>
  );
}
