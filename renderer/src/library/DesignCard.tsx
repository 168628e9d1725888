import { useState } from 'react';
import type { DesignSummary } from '../../../shared/api/contract';
import { navigate } from '../app/route';
import { useLibrary } from './libraryStore';
import { Thumbnail } from './Thumbnail';
import { ConfirmButton } from './ConfirmButton';
import { when } from './when';

export function DesignCard({ design }: { design: DesignSummary }) {
  const rename = useLibrary((s) => s.rename);
  const duplicate = useLibrary((s) => s.duplicate);
  const remove = useLibrary((s) => s.remove);
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(design.name);

  const commitRename = () => {
    setEditing(false);
    const trimmed = name.trim();
    if (trimmed && trimmed !== design.name) void rename(design.id, trimmed);
    else setName(design.name);
  };

  return (
    <li className="design-card" data-testid="design-card">
      {editing ? (
        <div className="design-open">
          <Thumbnail id={design.id} updatedAt={design.updatedAt} name={design.name} />
          <input
            aria-label="Design name"
            autoFocus
            value={name}
            maxLength={200}
            onChange={(e) => setName(e.target.value)}
            onBlur={commitRename}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commitRename();
              if (e.key === 'Escape') {
                setName(design.name);
                setEditing(false);
              }
            }}
          />
        </div>
      ) : (
        <button type="button" className="design-open" onClick={() => navigate({ view: 'editor', designId: design.id })}>
          <Thumbnail id={design.id} updatedAt={design.updatedAt} name={design.name} />
          <span className="design-name">{design.name}</span>
          <span className="muted small">
            {design.blockCount} {design.blockCount === 1 ? 'block' : 'blocks'} · {when(design.updatedAt)}
          </span>
          {design.problem && <span className="problem">{design.problem}</span>}
        </button>
      )}
      <div className="card-actions">
        <button type="button" onClick={() => setEditing(true)}>
          Rename
        </button>
        <button type="button" onClick={() => void duplicate(design.id)}>
          Duplicate
        </button>
        <ConfirmButton label="Delete" confirmLabel="Confirm delete" title="Moves the design to the trash" onConfirm={() => void remove(design.id)} />
      </div>
    </li>
  );
}
