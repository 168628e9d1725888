import type { DesignRepository } from '../store/designs';
import type { VersionRepository } from '../store/versions';
import type { Handlers } from './types';

/** Version history: list, preview, name and restore versions of a design. */
export function historyHandlers(
  versions: VersionRepository,
  designs: DesignRepository,
): Pick<Handlers, 'listVersions' | 'getVersion' | 'saveVersion' | 'restoreVersion'> {
  return {
    listVersions: ({ designId }) => versions.list(designId),
    getVersion: ({ designId, versionId }) => versions.get(designId, versionId),
    saveVersion: ({ designId, label }) => versions.saveNamed(designId, label),
    restoreVersion: ({ designId, versionId }) => ({ ...versions.restore(designId, versionId), design: designs.get(designId) }),
  };
}
