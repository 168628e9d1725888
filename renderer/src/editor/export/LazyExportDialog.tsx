import { lazy, Suspense } from 'react';
import { useExportUi } from './exportStore';

/**
 * The Export dialog and the renderer it previews with (Inter's WOFF2, the icons, the report
 * writers: about 120 kB) load the first time the dialog opens, not with the editor: every
 * open of a design parses the main script.
 */
const ExportDialog = lazy(() => import('./ExportDialog').then((m) => ({ default: m.ExportDialog })));

export function LazyExportDialog() {
  const open = useExportUi((s) => s.open);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <ExportDialog />
    </Suspense>
  );
}
