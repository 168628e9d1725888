import { useState } from 'react';
import type { PracticeSession } from '../../../../shared/api/practiceSchemas';
import { engineFigureText, reviewToMarkdown } from '../../../../shared/practice';
import { navigate } from '../../app/route';
import { reportError } from '../../app/toasts';
import { openReference } from '../startPractice';
import { VERDICT_LABEL } from '../WorksheetForm';
import { DesignSketch } from '../../library/DesignSketch';
import { Replay } from './Replay';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** After the session: scores per area with reasons, the checklist, the estimates, the design checks, the building blocks, the replay. */
export function ReviewPanel({ session }: { session: PracticeSession }) {
  const review = session.review!;
  const [replay, setReplay] = useState(false);
  const markdown = () => reviewToMarkdown(review, session.prompt, { startedAt: new Date(session.startedAt).toLocaleString(), minutes: session.minutes });
  const reference = async () => {
    try {
      const id = await openReference(session.prompt);
      navigate({ view: 'editor', designId: id });
    } catch (err) {
      reportError(err);
    }
  };
  return (
    <aside className="practice-panel review-panel" aria-label="Review">
      <header className="review-head">
        <h2>Review</h2>
        <span className="overall" data-testid="overall-score">
          {review.overall}/100
        </span>
      </header>
      <div className="practice-body">
        <ul className="area-scores" aria-label="Scores">
          {review.areas.map((a) => (
            <li key={a.area}>
              <strong>
                {a.label}: {a.score}/100
              </strong>
              <ul className="muted small">
                {a.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
        <h3>Design checks</h3>
        {review.findings.length === 0 ? (
          <p className="muted">No design check found a problem.</p>
        ) : (
          <ul aria-label="Design checks">
            {review.findings.map((f, i) => (
              <li key={i} title={f.why}>
                <strong>{f.title}:</strong> {f.message}
              </li>
            ))}
          </ul>
        )}
        <h3>Estimation</h3>
        <table className="review-estimates" aria-label="Estimation accuracy">
          <tbody>
            {review.estimation.map((c) => (
              <tr key={c.id}>
                <td>{c.label}</td>
                <td>{c.typed || '—'}</td>
                <td>{engineFigureText(c)}</td>
                <td className={`verdict-${c.verdict}`}>{VERDICT_LABEL[c.verdict]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>Building blocks of the reference design</h3>
        <ul className="checklist" aria-label="Building blocks">
          {review.buildingBlocks.map((b) => (
            <li key={b.kind} className={b.present ? 'present' : 'missing'}>
              {b.present ? '✓' : '✗'} {b.name}
            </li>
          ))}
        </ul>
        <h3>Reference design</h3>
        <div className="replay-frame" title={session.prompt.reference.workloadSource}>
          <DesignSketch design={session.prompt.reference} label={`Reference design for ${session.prompt.title}`} />
        </div>
        {replay ? <Replay sessionId={session.id} /> : null}
      </div>
      <footer className="practice-actions">
        <button type="button" onClick={() => setReplay((r) => !r)} aria-pressed={replay}>
          {replay ? 'Hide replay' : 'Replay'}
        </button>
        <button type="button" onClick={() => void reference()}>
          Open the reference design
        </button>
        <button type="button" onClick={() => download(`practice-${session.prompt.id}.md`, markdown())}>
          Export Markdown
        </button>
        <button type="button" onClick={() => navigate({ view: 'practice' })}>
          All sessions
        </button>
      </footer>
    </aside>
  );
}
