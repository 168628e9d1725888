import { useEffect } from 'react';
import { navigate } from '../app/route';
import { EditorView } from '../editor/EditorView';
import { useEditor } from '../editor/store/editorStore';
import { PracticePanel } from './PracticePanel';
import { ReviewPanel } from './review/ReviewPanel';
import { leaveSession, loadSession, usePractice } from './practiceStore';

/** A practice session: the editor on the session's design, with the prompt, timer and worksheet (or the review) beside it. */
export function PracticeView({ sessionId }: { sessionId: string }) {
  const session = usePractice((s) => (s.session?.id === sessionId ? s.session : null));
  const loadError = usePractice((s) => s.loadError);
  const designError = useEditor((s) => (s.status === 'error' ? s.loadError : null));
  useEffect(() => {
    void loadSession(sessionId);
    return leaveSession;
  }, [sessionId]);

  if (loadError) {
    return (
      <main className="editor-error" role="alert">
        <h2>This practice session cannot be opened</h2>
        <p>{loadError}</p>
        <button type="button" className="primary" onClick={() => navigate({ view: 'practice' })}>
          Back to practice
        </button>
      </main>
    );
  }
  if (!session) return <main className="muted editor-error">Opening the session…</main>;
  // The session's design was deleted (or is damaged): its review is still the candidate's to read.
  if (designError && session.endedAt) {
    return (
      <div className="practice-orphan">
        <ReviewPanel session={session} />
        <main className="editor-error" role="alert">
          <h2>This session’s design cannot be opened</h2>
          <p>{designError}</p>
          <p className="muted">The review beside this message is kept with the session.</p>
        </main>
      </div>
    );
  }
  const hidden = !session.revealed && !session.endedAt;
  return <EditorView designId={session.designId} className={hidden ? 'figures-hidden' : ''} practice={session.endedAt ? <ReviewPanel session={session} /> : <PracticePanel session={session} />} />;
}
