import { useEffect, type ReactNode } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { navigate } from '../app/route';
import { loadDesign, useEditor } from './store/editorStore';
import { takePreloadedDesign } from './preloadDesign';
import { startAutosave } from './autosave';
import { Canvas } from './Canvas';
import { Palette } from './palette/Palette';
import { RightPanel } from './RightPanel';
import { ExplanationDialog } from '../estimate/ExplanationDialog';
import { LazyExportDialog } from './export/LazyExportDialog';
import { startEstimating } from '../estimate/estimateStore';
import { SaveIndicator } from './SaveIndicator';
import { Toolbar } from './chrome/Toolbar';
import { CommandPalette } from './chrome/CommandPalette';
import { HelpOverlay } from './chrome/HelpOverlay';
import { ContextMenu } from './chrome/ContextMenu';
import { useShortcuts } from './commands/useShortcuts';
import { useClipboard } from './commands/useClipboard';
import { useMenuCommands } from './commands/useMenuCommands';

/**
 * The editor. `practice` (practice mode) is a panel shown beside the canvas, and `className`
 * lets it change the layout and hide the engine's figures until the candidate reveals them.
 */
export function EditorView({ designId, practice, className }: { designId: string; practice?: ReactNode; className?: string }) {
  const status = useEditor((s) => s.status);
  const loadError = useEditor((s) => s.loadError);
  const name = useEditor((s) => s.meta?.name);

  useEffect(() => {
    void (takePreloadedDesign(designId) ?? loadDesign(designId));
  }, [designId]);
  useEffect(() => startAutosave(), []);
  useEffect(() => startEstimating(), []);
  useShortcuts();
  useClipboard();
  useMenuCommands();

  useEffect(() => {
    document.title = name ? `${name} — Envelope` : 'Envelope';
  }, [name]);

  if (status === 'error') {
    return (
      <main className="editor-error" role="alert">
        <h2>This design cannot be opened</h2>
        <p>{loadError}</p>
        <button type="button" className="primary" onClick={() => navigate({ view: 'library' })}>
          Back to the library
        </button>
      </main>
    );
  }

  return (
    <ReactFlowProvider>
      <div className={`editor${practice ? ' practice' : ''}${className ? ` ${className}` : ''}`}>
        <header className="editor-header">
          <button type="button" className="back" onClick={() => navigate({ view: 'library' })} aria-label="Back to the library">
            ← Library
          </button>
          <h1 className="design-title">{name ?? 'Opening…'}</h1>
          <Toolbar />
          <SaveIndicator />
        </header>
        {practice}
        <Palette />
        {status === 'ready' ? <Canvas /> : <div className="canvas muted">Opening…</div>}
        <RightPanel />
      </div>
      <CommandPalette />
      <HelpOverlay />
      <ContextMenu />
      <ExplanationDialog />
      <LazyExportDialog />
    </ReactFlowProvider>
  );
}
