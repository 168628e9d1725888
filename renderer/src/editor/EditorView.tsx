import { useEffect } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { navigate } from '../app/route';
import { useEditor } from './editorStore';
import { startAutosave } from './autosave';
import { Canvas } from './Canvas';
import { Palette } from './Palette';
import { SaveIndicator } from './SaveIndicator';

export function EditorView({ designId }: { designId: string }) {
  const status = useEditor((s) => s.status);
  const loadError = useEditor((s) => s.loadError);
  const name = useEditor((s) => s.meta?.name);
  const load = useEditor((s) => s.load);

  useEffect(() => {
    void load(designId);
  }, [designId, load]);

  useEffect(() => startAutosave(), []);

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
      <div className="editor">
        <header className="editor-header">
          <button type="button" className="back" onClick={() => navigate({ view: 'library' })} aria-label="Back to the library">
            ← Library
          </button>
          <h1 className="design-title">{name ?? 'Opening…'}</h1>
          <SaveIndicator />
        </header>
        <Palette />
        {status === 'ready' ? <Canvas /> : <div className="canvas muted">Opening…</div>}
      </div>
    </ReactFlowProvider>
  );
}
