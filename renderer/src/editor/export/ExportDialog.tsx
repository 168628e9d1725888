import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { renderMarkdown, renderMermaid, renderSvg } from '../../../../shared/render';
import { NOTE_KIND } from '../flowTypes';
import { BADGE_FIGURES, type BadgeFigure, type ExportFormat } from '../../../../shared/render/options';
import { api } from '../../api/client';
import { unwrap } from '../../api/unwrap';
import { reportError, useToasts } from '../../app/toasts';
import { useEstimate } from '../../estimate/estimateStore';
import { Modal } from '../history/Modal';
import { bytesOf, copyPng, copyText, download } from './deliver';
import { exportOptions, exportSource, type ExportSource } from './exportInput';
import { rememberedOptions, rememberOptions, useExportUi, type RememberedOptions } from './exportStore';

const FORMATS: { value: ExportFormat; label: string }[] = [
  { value: 'png', label: 'PNG picture' },
  { value: 'svg', label: 'SVG picture' },
  { value: 'pdf', label: 'PDF (diagram, then the numbers)' },
  { value: 'md', label: 'Markdown report' },
  { value: 'mermaid', label: 'Mermaid flowchart' },
];
const FIGURE_LABELS: Record<BadgeFigure, string> = { peakRps: 'Peak load', instances: 'Instances drawn / needed', storage: 'Storage per year', availability: 'Availability' };

/** File > Export… (Ctrl/Cmd+Shift+E): format, options and a live preview; remembers the last choice per design. */
export function ExportDialog() {
  const open = useExportUi((s) => s.open);
  const set = useExportUi((s) => s.set);
  const close = useCallback(() => set({ open: false }), [set]);
  if (!open) return null;
  return <ExportForm onClose={close} />;
}

function ExportForm({ onClose }: { onClose: () => void }) {
  // The design as it was when the dialog opened: the preview and the export show the same thing.
  const [source] = useState<ExportSource | null>(() => exportSource());
  const fromSelection = useExportUi((s) => s.fromSelection);
  const [options, setOptions] = useState<RememberedOptions>(() => {
    const remembered = source ? rememberedOptions(source.document.id) : rememberedOptions('');
    return { ...remembered, selectionOnly: fromSelection || (remembered.selectionOnly && (source?.selection.length ?? 0) > 0) };
  });
  const [busy, setBusy] = useState(false);
  const update = (patch: Partial<RememberedOptions>): void => setOptions((o) => ({ ...o, ...patch }));
  useEffect(() => {
    if (source) rememberOptions(source.document.id, options);
  }, [source, options]);
  const deferred = useDeferredValue(options);
  const preview = usePreview(source, deferred);
  if (!source) return null;
  const hasSelection = source.selection.length > 0;
  const picture = options.format === 'png' || options.format === 'svg' || options.format === 'pdf';

  const run = async (what: 'save' | 'png' | 'svg'): Promise<void> => {
    setBusy(true);
    try {
      const format = what === 'save' ? options.format : what;
      const file = await unwrap(api.exportDesign({ document: source.document, options: { ...exportOptions(source, options), format } }));
      const bytes = bytesOf(file.base64);
      if (what === 'save') {
        download(file.fileName, file.mimeType, bytes);
        onClose();
      } else {
        await (what === 'png' ? copyPng(bytes) : copyText(new TextDecoder().decode(bytes)));
        useToasts.getState().push('info', `Copied the design as ${what.toUpperCase()}`);
      }
    } catch (err) {
      reportError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal label="Export" onClose={onClose} wide>
      <form className="modal-body export-dialog" onSubmit={(e) => (e.preventDefault(), void run('save'))}>
        <h2>Export “{source.document.name}”</h2>
        <div className="export-layout">
          <div className="export-options">
            <label className="modal-field">
              <span>Format</span>
              <select aria-label="Format" value={options.format} onChange={(e) => update({ format: e.target.value as ExportFormat })}>
                {FORMATS.map((f) => (
                  <option key={f.value} value={f.value}>
                    {f.label}
                  </option>
                ))}
              </select>
            </label>
            <label className="check">
              <input type="checkbox" checked={options.selectionOnly && hasSelection} disabled={!hasSelection} onChange={(e) => update({ selectionOnly: e.target.checked })} />
              Selection only{hasSelection ? ` (${source.selection.length})` : ' (nothing selected)'}
            </label>
            {picture && (
              <>
                <label className="modal-field">
                  <span>Theme</span>
                  <select aria-label="Theme" value={options.theme} onChange={(e) => update({ theme: e.target.value as 'light' | 'dark' })}>
                    <option value="light">Light</option>
                    <option value="dark">Dark</option>
                  </select>
                </label>
                <label className="modal-field">
                  <span>Background</span>
                  <select aria-label="Background" value={options.background} onChange={(e) => update({ background: e.target.value as 'solid' | 'transparent' })}>
                    <option value="solid">Solid</option>
                    <option value="transparent">Transparent</option>
                  </select>
                </label>
                {options.format === 'png' && (
                  <label className="modal-field">
                    <span>Scale</span>
                    <select aria-label="Scale" value={options.scale} onChange={(e) => update({ scale: Number(e.target.value) as 1 | 2 | 3 })}>
                      <option value={1}>1x</option>
                      <option value={2}>2x</option>
                      <option value={3}>3x</option>
                    </select>
                  </label>
                )}
                <label className="modal-field">
                  <span>Padding (px)</span>
                  <input aria-label="Padding" type="number" min={0} max={400} value={options.padding} onChange={(e) => update({ padding: Math.max(0, Math.min(400, Math.round(Number(e.target.value) || 0))) })} />
                </label>
              </>
            )}
            {(picture || options.format === 'mermaid' || options.format === 'md') && (
              <fieldset className="export-figures">
                <legend>Figures on blocks</legend>
                {BADGE_FIGURES.map((f) => (
                  <label key={f} className="check">
                    <input
                      type="checkbox"
                      checked={options.figures.includes(f)}
                      onChange={(e) => update({ figures: BADGE_FIGURES.filter((g) => (g === f ? e.target.checked : options.figures.includes(g))) })}
                    />
                    {FIGURE_LABELS[f]}
                  </label>
                ))}
                {!picture && (
                  <label className="check">
                    <input type="checkbox" checked={options.numbersInLabels} onChange={(e) => update({ numbersInLabels: e.target.checked })} />
                    In the flowchart's labels
                  </label>
                )}
              </fieldset>
            )}
            {(options.format === 'png' || options.format === 'svg') && (
              <label className="check">
                <input type="checkbox" checked={options.embedDesign} onChange={(e) => update({ embedDesign: e.target.checked })} />
                Include the design (opens again in Envelope)
              </label>
            )}
          </div>
          <div className="export-preview" aria-label="Preview" data-testid="export-preview">
            {preview.kind === 'image' ? <img src={preview.url} alt={`Preview of ${source.document.name}`} /> : <pre>{preview.text}</pre>}
            <p className="muted small">{preview.caption}</p>
          </div>
        </div>
        <div className="modal-actions">
          <button type="button" disabled={busy} onClick={() => void run('svg')}>
            Copy as SVG
          </button>
          <button type="button" disabled={busy} onClick={() => void run('png')}>
            Copy as PNG
          </button>
          <span className="spacer" />
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Exporting…' : 'Export'}
          </button>
        </div>
      </form>
    </Modal>
  );
}

type Preview = { kind: 'image'; url: string; caption: string } | { kind: 'text'; text: string; caption: string };

/** The preview is drawn here by the same pure renderer main uses, so it is what the file will show. */
function usePreview(source: ExportSource | null, options: RememberedOptions): Preview {
  const result = useEstimate((s) => s.result);
  const preview = useMemo((): Preview => {
    if (!source) return { kind: 'text', text: '', caption: '' };
    const input = exportOptions(source, options);
    // The estimate on screen, when it is of this document (it leaves sticky notes out).
    const estimate = result && result.blocks.id.length === source.document.nodes.filter((n) => n.kind !== NOTE_KIND).length ? result : undefined;
    try {
      if (options.format === 'md') return { kind: 'text', text: renderMarkdown(source.document, input, estimate), caption: 'Markdown report' };
      if (options.format === 'mermaid') return { kind: 'text', text: renderMermaid(source.document, input, estimate), caption: 'Mermaid flowchart' };
      const picture = renderSvg(source.document, { ...input, embedDesign: false }, estimate);
      const scale = options.format === 'png' ? options.scale : 1;
      const { blocks, connections } = picture.counts;
      const size = `${blocks} ${blocks === 1 ? 'block' : 'blocks'}, ${connections} ${connections === 1 ? 'connection' : 'connections'} · ${Math.round(picture.width * scale)} × ${Math.round(picture.height * scale)} px`;
      // A blob: URL, not a data: URL: percent-encoding a 5,000-block SVG (13 MB) took longer than drawing it.
      return { kind: 'image', url: URL.createObjectURL(new Blob([picture.svg], { type: 'image/svg+xml' })), caption: options.format === 'pdf' ? `Page 1 of the PDF; the numbers follow on the next pages` : size };
    } catch (err) {
      return { kind: 'text', text: `The preview failed: ${err instanceof Error ? err.message : String(err)}`, caption: '' };
    }
  }, [source, options, result]);
  useEffect(() => {
    const url = preview.kind === 'image' ? preview.url : null;
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
  }, [preview]);
  return preview;
}
