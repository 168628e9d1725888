import { useState } from 'react';
import { useLibrary, type TrashedDesign } from './libraryStore';
import { when } from './when';
import { ConfirmButton } from './ConfirmButton';

function TrashRow({ design }: { design: TrashedDesign }) {
  const restore = useLibrary((s) => s.restore);
  const purge = useLibrary((s) => s.purge);
  return (
    <li className="trash-row" data-testid="trash-row">
      <div className="trash-info">
        <span className="design-name">{design.name}</span>
        <span className="muted small">
          {design.blockCount} {design.blockCount === 1 ? 'block' : 'blocks'} · deleted {when(design.deletedAt)}
        </span>
      </div>
      <div className="card-actions">
        <button type="button" onClick={() => void restore(design.id)}>
          Restore
        </button>
        <ConfirmButton label="Delete forever" confirmLabel="Confirm delete forever" onConfirm={() => void purge(design.id)} />
      </div>
    </li>
  );
}

/** Deleted designs wait here until restored or deleted forever; nothing leaves the library by one click. */
export function TrashView() {
  const trash = useLibrary((s) => s.trash);
  const emptyTrash = useLibrary((s) => s.emptyTrash);
  const [confirming, setConfirming] = useState(false);
  if (trash.length === 0) return <p className="muted empty">The trash is empty.</p>;
  return (
    <section aria-label="Trash">
      <div className="trash-bar">
        <span className="muted small">
          {trash.length} {trash.length === 1 ? 'design' : 'designs'} in the trash
        </span>
        {confirming ? (
          <span className="card-actions">
            <span className="small">Delete all {trash.length} forever? This cannot be undone.</span>
            <button
              type="button"
              className="danger"
              onClick={() => {
                setConfirming(false);
                void emptyTrash();
              }}
            >
              Confirm empty trash
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            Empty trash
          </button>
        )}
      </div>
      <ul className="trash-list" aria-label="Deleted designs">
        {trash.map((d) => (
          <TrashRow key={d.id} design={d} />
        ))}
      </ul>
    </section>
  );
}
