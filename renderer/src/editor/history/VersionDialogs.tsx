import { useEffect } from 'react';
import { useHistory } from './historyStore';
import { NameVersionDialog } from './NameVersionDialog';
import { VersionPreview } from './VersionPreview';

/** The history's dialogs, mounted whenever a design is open so Ctrl/Cmd+S works from any tab. */
export function VersionDialogs() {
  // A dialog left open belongs to the design it was opened on, not to the next one.
  useEffect(() => useHistory.setState({ naming: false, previewId: null }), []);
  return (
    <>
      <NameVersionDialog />
      <VersionPreview />
    </>
  );
}
