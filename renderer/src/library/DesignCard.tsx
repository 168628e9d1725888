import { useState } from 'react';
import type { DesignSummary } from '../../../shared/api/contract';
import { navigate } from '../app/route';
import { useLibrary } from './libraryStore';

const when = (iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
};

export function DesignCard({ design }: { design: DesignSummary }) {
  const { rename, duplicate, remove } = useLibrary();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(design.name);
  const [confirming, setConfirming] = useState(false);

  const commitRename = () => {
    setEditing(false);
    const trimmed = name.trim();
    if (trimmed && trimmed !== design.name) void rename(design.id, trimmed);
    else setName(design.name);
  };

  return (
    <li className="design-card" data-testid="design-card">
      {editing ? (
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
      ) : (
        <button type="button" className="design-open" onClick={() => navigate({ view: 'editor', designId: design.id })}>
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
        {confirming ? (
          <>
            <button type="button" className="danger" onClick={() => void remove(design.id)}>
              Confirm delete
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            Delete
          </button>
        )}
      </div>
    </li>
  );
}
