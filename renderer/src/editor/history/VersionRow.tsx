import type { VersionInfo } from '../../../../shared/api/historySchemas';
import { when } from '../../library/when';
import { changeText } from './changeText';
import { restoreVersion, useHistory } from './historyStore';
import { KIND_LABELS, versionTitle } from './versionTitle';

export function VersionRow({ version, latest }: { version: VersionInfo; latest: boolean }) {
  const setHistory = useHistory((s) => s.set);
  const busy = useHistory((s) => s.busy);
  const change = changeText(version.summary);
  return (
    <li className={`version-row version-${version.kind}`} data-testid="version-row" data-kind={version.kind}>
      <div className="version-head">
        <span className="version-title">{versionTitle(version)}</span>
        <span className={`version-kind kind-${version.kind}`}>{KIND_LABELS[version.kind]}</span>
      </div>
      <div className="muted small">
        <time dateTime={version.createdAt}>{when(version.createdAt)}</time>
        {change && <span className="version-change"> · {change}</span>}
      </div>
      <div className="card-actions">
        <button type="button" onClick={() => setHistory({ previewId: version.id })}>
          Preview
        </button>
        <button type="button" disabled={busy} title={latest ? 'The design already matches its newest version unless edited since' : undefined} onClick={() => void restoreVersion(version.id)}>
          Restore
        </button>
      </div>
    </li>
  );
}
