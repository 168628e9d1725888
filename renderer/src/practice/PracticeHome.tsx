import { useEffect, useState } from 'react';
import type { PracticeSummary } from '../../../shared/api/practiceSchemas';
import { builtInPrompts, parsePromptFile, SESSION_MINUTES, type Prompt, type SessionMinutes } from '../../../shared/practice';
import { api } from '../api/client';
import { unwrap } from '../api/unwrap';
import { navigate } from '../app/route';
import { reportError, useToasts } from '../app/toasts';
import { startPractice } from './startPractice';

/** Practice: pick a prompt and a length, start; past sessions with their scores; import a prompt file. */
export function PracticeHome() {
  const [minutes, setMinutes] = useState<SessionMinutes>(45);
  const [mine, setMine] = useState<Prompt[]>([]);
  const [history, setHistory] = useState<PracticeSummary[] | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = async () => {
    try {
      setMine(await unwrap(api.listPracticePrompts({})));
      setHistory(await unwrap(api.listPracticeSessions({})));
    } catch (err) {
      reportError(err);
    }
  };
  useEffect(() => {
    document.title = 'Practice — Envelope';
    void refresh();
  }, []);

  const start = async (prompt: Prompt) => {
    setBusy(true);
    try {
      await startPractice(prompt, minutes);
    } catch (err) {
      reportError(err);
      setBusy(false);
    }
  };

  const importFile = async (file: File) => {
    const read = parsePromptFile(await file.text());
    if (!read.ok) {
      useToasts.getState().push('error', `${file.name}: ${read.error}`);
      return;
    }
    try {
      await unwrap(api.importPracticePrompt({ prompt: read.prompt }));
      useToasts.getState().push('info', `Imported the prompt "${read.prompt.title}".`);
      await refresh();
    } catch (err) {
      reportError(err);
    }
  };

  const prompts = [...builtInPrompts, ...mine];
  return (
    <main className="library practice-home">
      <header className="library-header">
        <button type="button" className="back" onClick={() => navigate({ view: 'library' })} aria-label="Back to the library">
          ← Library
        </button>
        <h1>Practise a system-design interview</h1>
        <div className="library-tools">
          <label className="sort">
            <span className="muted small">Length</span>
            <select aria-label="Session length" value={minutes} onChange={(e) => setMinutes(Number(e.target.value) as SessionMinutes)}>
              {SESSION_MINUTES.map((m) => (
                <option key={m} value={m}>
                  {m} minutes
                </option>
              ))}
            </select>
          </label>
          <label className="button-like" title="A prompt file in the format of docs/practice-prompt.schema.json">
            Import a prompt…
            <input type="file" accept=".json,application/json" aria-label="Import a prompt file" hidden onChange={(e) => e.target.files?.[0] && void importFile(e.target.files[0])} />
          </label>
        </div>
      </header>
      <p className="muted">Offline, no account, no AI: a timer with phases, a worksheet Envelope checks against its own estimate of your design, and a review at the end.</p>
      <ul className="prompt-grid" aria-label="Prompts">
        {prompts.map((p) => (
          <li key={p.id} className="prompt-card">
            <h2>{p.title}</h2>
            <p className="muted small">{p.summary}</p>
            <button type="button" className="primary" disabled={busy} onClick={() => void start(p)} aria-label={`Start: ${p.title}`}>
              Start ({minutes} min)
            </button>
          </li>
        ))}
      </ul>
      <h2 className="section-title">Past sessions</h2>
      {history === null ? (
        <p className="muted">Loading…</p>
      ) : history.length === 0 ? (
        <p className="muted">No sessions yet. Pick a prompt above.</p>
      ) : (
        <table className="practice-history" aria-label="Past sessions">
          <thead>
            <tr>
              <th>Prompt</th>
              <th>Started</th>
              <th>Length</th>
              <th>Score</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {history.map((s) => (
              <tr key={s.id} data-session={s.id}>
                <td>{s.promptTitle}</td>
                <td>{new Date(s.startedAt).toLocaleString()}</td>
                <td>{s.minutes} min</td>
                <td data-testid="session-score">{s.score === null ? (s.endedAt ? '—' : 'in progress') : `${s.score}/100`}</td>
                <td>
                  <button type="button" onClick={() => navigate({ view: 'practiceSession', sessionId: s.id })}>
                    {s.endedAt ? 'Review' : 'Continue'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
