import type { EstimateWarning } from '../../../../shared/estimate';
import { useEditor } from '../../editor/store/editorStore';
import { flow } from '../../editor/commands/flowInstance';

const ICON = { error: '⛔', warning: '⚠', info: 'ℹ' } as const;

/** Select and show the block or connection a warning is about. */
function reveal(w: EstimateWarning): void {
  if (!w.blockId && !w.edgeId) return;
  useEditor.setState((s) => ({
    nodes: s.nodes.map((n) => (n.id === w.blockId ? { ...n, selected: true } : n.selected ? { ...n, selected: false } : n)),
    edges: s.edges.map((e) => (e.id === w.edgeId ? { ...e, selected: true } : e.selected ? { ...e, selected: false } : e)),
  }));
  if (w.blockId) void flow()?.fitView({ nodes: [{ id: w.blockId }], duration: 200, maxZoom: 1.2 });
}

export function WarningList({ warnings }: { warnings: EstimateWarning[] }) {
  return (
    <section>
      <h3>Warnings {warnings.length > 0 && <span className="count">{warnings.length}</span>}</h3>
      {warnings.length === 0 ? (
        <p className="muted small">None: no single point of failure, overload or missing input found.</p>
      ) : (
        <ul className="warnings" data-testid="warnings">
          {warnings.map((w, i) => (
            <li key={i} className={`warning-${w.severity}`}>
              <button type="button" className="link" onClick={() => reveal(w)} disabled={!w.blockId && !w.edgeId}>
                <span aria-hidden>{ICON[w.severity]}</span> {w.message}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
