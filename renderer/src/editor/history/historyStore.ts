import { create } from 'zustand';
import type { VersionInfo } from '../../../../shared/api/historySchemas';
import { api } from '../../api/client';
import { unwrap } from '../../api/unwrap';
import { reportError, useToasts } from '../../app/toasts';
import { loadDesign, useEditor } from '../store/editorStore';
import { flushEdits } from './flushEdits';

interface HistoryState {
  designId: string | null;
  versions: VersionInfo[];
  loading: boolean;
  /** The "Version name" dialog (Ctrl/Cmd+S). */
  naming: boolean;
  /** The version shown read-only in the preview dialog. */
  previewId: number | null;
  busy: boolean;
  set: (patch: Partial<Pick<HistoryState, 'naming' | 'previewId'>>) => void;
}

export const useHistory = create<HistoryState>((set) => ({
  designId: null,
  versions: [],
  loading: false,
  naming: false,
  previewId: null,
  busy: false,
  set: (patch) => set(patch),
}));

const openDesignId = (): string | null => useEditor.getState().meta?.id ?? null;

/** Reload the open design's versions (newest first, as the store lists them). */
export async function refreshVersions(): Promise<void> {
  const designId = openDesignId();
  if (!designId) return;
  if (useHistory.getState().designId !== designId) useHistory.setState({ designId, versions: [], loading: true });
  try {
    const versions = await unwrap(api.listVersions({ designId }));
    if (openDesignId() === designId) useHistory.setState({ versions, loading: false });
  } catch (err) {
    useHistory.setState({ loading: false });
    reportError(err);
  }
}

/** Keep a named version of the design as it is now, unsaved edits included. */
export async function saveNamedVersion(label: string): Promise<boolean> {
  const designId = openDesignId();
  if (!designId) return false;
  try {
    await flushEdits();
    const version = await unwrap(api.saveVersion({ designId, label }));
    useToasts.getState().push('info', `Saved version "${version.label ?? label}"`);
    await refreshVersions();
    return true;
  } catch (err) {
    reportError(err);
    return false;
  }
}

/**
 * Bring an earlier version back. The store first checkpoints the current state and records the
 * restore as a new version, so the versions after it stay in the history; the editor then
 * reloads the restored document (its undo stack starts afresh, as after opening).
 */
export async function restoreVersion(versionId: number): Promise<void> {
  const designId = openDesignId();
  if (!designId || useHistory.getState().busy) return;
  useHistory.setState({ busy: true });
  try {
    await flushEdits();
    await unwrap(api.restoreVersion({ designId, versionId }));
    useHistory.setState({ previewId: null });
    await loadDesign(designId);
    useToasts.getState().push('info', 'Restored the earlier version; the state before it is kept in the history');
    await refreshVersions();
  } catch (err) {
    reportError(err);
  } finally {
    useHistory.setState({ busy: false });
  }
}
