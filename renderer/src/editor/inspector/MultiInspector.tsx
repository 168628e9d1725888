import { Trash2 } from 'lucide-react';
import { deleteSelection } from '../store/actions';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Several things selected: say what, and offer to delete them all (one undo step). */
export function MultiInspector({ nodeCount, edgeCount }: { nodeCount: number; edgeCount: number }) {
  const parts = [nodeCount > 0 ? plural(nodeCount, 'item', 'items') : '', edgeCount > 0 ? plural(edgeCount, 'connection', 'connections') : ''].filter(Boolean);
  return (
    <div className="inspector-body">
      <header className="inspector-header">
        <div>
          <h2>{nodeCount + edgeCount} selected</h2>
          <p className="muted small">{parts.join(', ')}</p>
        </div>
      </header>
      <section className="inspector-section">
        <button type="button" className="danger inspector-delete" onClick={deleteSelection}>
          <Trash2 size={14} aria-hidden /> Delete selection
        </button>
        <p className="muted small">Select one item to edit its label, kind and parameters.</p>
      </section>
    </div>
  );
}
