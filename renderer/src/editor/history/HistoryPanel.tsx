import { useEffect } from 'react';
import { BookmarkPlus, Download } from 'lucide-react';
import { useEditor } from '../store/editorStore';
import { refreshVersions, useHistory } from './historyStore';
import { saveDesignAsFile } from './saveAsFile';
import { VersionRow } from './VersionRow';

/** Refreshing on every save would list checkpoints as they appear; a short wait batches a burst of saves. */
const REFRESH_DELAY_MS = 400;

/** The History tab: named versions and checkpoints, newest first, each with preview and restore. */
export function HistoryPanel() {
  const designId = useEditor((s) => s.meta?.id);
  const savedRevision = useEditor((s) => s.savedRevision);
  const versions = useHistory((s) => s.versions);
  const loading = useHistory((s) => s.loading);
  const setHistory = useHistory((s) => s.set);

  useEffect(() => {
    if (!designId) return;
    const timer = setTimeout(() => void refreshVersions(), savedRevision === 0 ? 0 : REFRESH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [designId, savedRevision]);

  return (
    <section className="history-panel" aria-label="Version history">
      <div className="history-actions">
        <button type="button" onClick={() => setHistory({ naming: true })} title="Name this version (Ctrl/Cmd+S)">
          <BookmarkPlus size={14} aria-hidden /> Name version…
        </button>
        <button type="button" onClick={() => void saveDesignAsFile()} title="Download the design as an .envelope.json file">
          <Download size={14} aria-hidden /> Save as file…
        </button>
      </div>
      <p className="muted small">
        Envelope keeps a checkpoint every few minutes of editing and before every restore or import. Restoring adds a new version, so nothing is overwritten.
      </p>
      {loading && versions.length === 0 ? (
        <p className="muted small">Loading history…</p>
      ) : versions.length === 0 ? (
        <p className="muted small">No versions yet. Press Ctrl/Cmd+S to name one.</p>
      ) : (
        <ol className="version-list" aria-label="Versions">
          {versions.map((v, i) => (
            <VersionRow key={v.id} version={v} latest={i === 0} />
          ))}
        </ol>
      )}
    </section>
  );
}
