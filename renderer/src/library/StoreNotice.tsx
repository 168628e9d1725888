import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client';
import { unwrap } from '../api/unwrap';
import { useToasts } from '../app/toasts';
import type { StoreStatus } from '../../../shared/api/historySchemas';
import { ConfirmButton } from './ConfirmButton';
import { useLibrary } from './libraryStore';
import { when } from './when';

/** envelope-v3-20260501T120000123Z.sqlite -> 2026-05-01T12:00:00.123Z */
function backupTakenAt(name: string): string {
  const s = name.slice(name.lastIndexOf('-') + 1);
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;
}

interface Restorable {
  fileName: string;
  what: string;
}

function RestoreRow({ item, onRestore }: { item: Restorable; onRestore: (fileName: string) => void }) {
  return (
    <li className="store-row" data-testid="store-row">
      <div>
        <span>{item.what}</span>
        <code className="muted small">{item.fileName}</code>
      </div>
      <span className="card-actions">
        <ConfirmButton
          label="Restore…"
          confirmLabel="Restore in place of the current library"
          title="The current library is kept aside too, so this can be undone the same way."
          onConfirm={() => onRestore(item.fileName)}
        />
      </span>
    </li>
  );
}

/**
 * What the store has to say about the library file (issue 18): a restore a crash cut short, damage
 * found at start-up, a library put back; and every earlier library kept aside and every backup,
 * each of which can be put back. Nothing a restore replaces is deleted, so each step can be undone.
 */
export function StoreNotice() {
  const [status, setStatus] = useState<StoreStatus | null>(null);
  const refreshLibrary = useLibrary((s) => s.refresh);
  const load = useCallback(async () => {
    const result = await api.storeStatus({});
    if (result.ok) setStatus(result.value);
  }, []);
  useEffect(() => void load(), [load]);

  const restore = async (fileName: string): Promise<void> => {
    try {
      await unwrap(api.restoreBackup({ fileName }));
      await Promise.all([load(), refreshLibrary()]);
    } catch (err) {
      useToasts.getState().push('error', `${err instanceof Error ? err.message : String(err)}. Your library was not changed.`);
    }
  };

  if (!status) return null;
  const setAside: Restorable[] = (status.setAside ?? []).map((s) => ({
    fileName: s.fileName,
    what: s.reason === 'damaged' ? `Set aside as damaged, ${when(s.setAsideAt)}` : `Replaced by a restore, ${when(s.setAsideAt)}`,
  }));
  const backups: Restorable[] = status.backups.map((b) => ({ fileName: b, what: `Backup, ${when(backupTakenAt(b))}` }));
  if (!status.message && setAside.length === 0 && backups.length === 0) return null;

  return (
    <section className="store-notice" aria-label="Library file">
      {status.message && (
        <p className="store-message" role="status">
          {status.message}
        </p>
      )}
      {(setAside.length > 0 || backups.length > 0) && (
        <details>
          <summary>
            Earlier libraries ({setAside.length} kept aside, {backups.length} {backups.length === 1 ? 'backup' : 'backups'})
          </summary>
          <ul className="store-list">
            {[...setAside, ...backups].map((item) => (
              <RestoreRow key={item.fileName} item={item} onRestore={(f) => void restore(f)} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
