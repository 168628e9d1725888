import { useEffect, useState } from 'react';
import type { PracticeSnapshot } from '../../../../shared/api/practiceSchemas';
import { clock, PHASE_LABELS } from '../../../../shared/practice';
import { api } from '../../api/client';
import { unwrap } from '../../api/unwrap';
import { DesignSketch } from '../../library/DesignSketch';

/** How the design grew: the snapshots taken at the end of each phase, stepped through. */
export function Replay({ sessionId }: { sessionId: string }) {
  const [snapshots, setSnapshots] = useState<PracticeSnapshot[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [at, setAt] = useState(0);
  useEffect(() => {
    unwrap(api.listPracticeSnapshots({ id: sessionId }))
      .then((s) => {
        setSnapshots(s);
        setAt(Math.max(0, s.length - 1));
      })
      .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  }, [sessionId]);
  if (error) return <p role="alert">{error}</p>;
  if (!snapshots) return <p className="muted">Loading the replay…</p>;
  if (snapshots.length === 0) return <p className="muted">No snapshots were taken in this session.</p>;
  const shot = snapshots[at]!;
  const blocks = shot.document.nodes.filter((n) => n.kind !== 'note').length;
  return (
    <section className="replay" aria-label="Replay">
      <h3>Replay</h3>
      <div className="replay-frame">
        <DesignSketch design={shot.document} label={`The design at ${clock(shot.elapsedMs)}`} />
      </div>
      <p data-testid="replay-caption">
        {PHASE_LABELS[shot.phase]} · {clock(shot.elapsedMs)} · {blocks} blocks, {shot.document.edges.length} connections
      </p>
      <input type="range" min={0} max={snapshots.length - 1} value={at} onChange={(e) => setAt(Number(e.target.value))} aria-label="Replay position" />
    </section>
  );
}
