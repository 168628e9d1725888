import type { VersionInfo } from '../../../../shared/api/historySchemas';

/** What a version is called in the panel and the preview: its name, or why it exists. */
export function versionTitle(v: VersionInfo): string {
  switch (v.kind) {
    case 'named':
      return v.label ?? 'Named version';
    case 'import':
      return v.label ? `Opened from ${v.label}` : 'Opened from a file';
    case 'restore':
      return v.restoredFrom !== null ? `Restored version ${v.restoredFrom}` : 'Restored an earlier version';
    case 'auto':
      return 'Checkpoint';
  }
}

export const KIND_LABELS: Record<VersionInfo['kind'], string> = { auto: 'auto', named: 'named', restore: 'restore', import: 'import' };
