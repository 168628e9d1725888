import { useEffect, useRef } from 'react';

/**
 * Text boxes commit on Enter or blur, but a reload or a closed window blurs nothing: what was
 * typed would be lost while the header says "Saved". While a draft is pending, the page's
 * 'beforeunload' (which comes before autosave's 'pagehide', the one that sends the last save)
 * commits it, so it leaves with the page.
 */
export function useCommitBeforeLeaving(pending: boolean, commit: () => void): void {
  const latest = useRef(commit);
  latest.current = commit;
  useEffect(() => {
    if (!pending) return;
    const onLeave = (): void => latest.current();
    window.addEventListener('beforeunload', onLeave);
    return () => window.removeEventListener('beforeunload', onLeave);
  }, [pending]);
}
