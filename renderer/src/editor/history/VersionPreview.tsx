import { useCallback, useEffect, useState } from 'react';
import type { Design } from '../../../../shared/model';
import type { VersionInfo } from '../../../../shared/api/historySchemas';
import { api } from '../../api/client';
import { unwrap } from '../../api/unwrap';
import { DesignSketch } from '../../library/DesignSketch';
import { when } from '../../library/when';
import { changeText } from './changeText';
import { restoreVersion, useHistory } from './historyStore';
import { Modal } from './Modal';
import { versionTitle } from './versionTitle';

type Loaded = { version: VersionInfo; document: Design } | { error: string } | null;

/** A read-only look at one version: its drawing and counts, and the way to bring it back. */
export function VersionPreview() {
  const designId = useHistory((s) => s.designId);
  const versionId = useHistory((s) => s.previewId);
  const busy = useHistory((s) => s.busy);
  const setHistory = useHistory((s) => s.set);
  const [loaded, setLoaded] = useState<Loaded>(null);
  const close = useCallback(() => setHistory({ previewId: null }), [setHistory]);

  useEffect(() => {
    setLoaded(null);
    if (!designId || versionId === null) return;
    let cancelled = false;
    unwrap(api.getVersion({ designId, versionId })).then(
      (value) => !cancelled && setLoaded(value),
      (err: unknown) => !cancelled && setLoaded({ error: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      cancelled = true;
    };
  }, [designId, versionId]);

  if (versionId === null) return null;
  return (
    <Modal label="Version preview" onClose={close} wide>
      <div className="modal-body">
        {loaded === null ? (
          <p className="muted">Loading the version…</p>
        ) : 'error' in loaded ? (
          <p className="problem">{loaded.error}</p>
        ) : (
          <>
            <h2>{versionTitle(loaded.version)}</h2>
            <p className="muted small">
              {when(loaded.version.createdAt)}
              {loaded.version.summary && ` · ${changeText(loaded.version.summary)}`}
            </p>
            <div className="preview-sketch">
              <DesignSketch design={loaded.document} label={`Overview of ${versionTitle(loaded.version)}`} />
            </div>
            <p className="preview-counts" data-testid="preview-counts">
              {loaded.document.nodes.length} {loaded.document.nodes.length === 1 ? 'block' : 'blocks'}, {loaded.document.edges.length}{' '}
              {loaded.document.edges.length === 1 ? 'connection' : 'connections'}, {loaded.document.groups.length}{' '}
              {loaded.document.groups.length === 1 ? 'group' : 'groups'}
            </p>
          </>
        )}
        <div className="modal-actions">
          <button type="button" onClick={close}>
            Close
          </button>
          <button type="button" className="primary" disabled={busy || loaded === null || 'error' in loaded} onClick={() => void restoreVersion(versionId)}>
            Restore this version
          </button>
        </div>
      </div>
    </Modal>
  );
}
