import { useState, type FormEvent } from 'react';
import { useLibrary } from './libraryStore';

export function NewDesignForm({ onCreated }: { onCreated: (id: string) => void }) {
  const create = useLibrary((s) => s.create);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim() || 'Untitled design';
    setBusy(true);
    const id = await create(trimmed);
    setBusy(false);
    if (id) onCreated(id);
  };

  return (
    <form className="new-design" onSubmit={(e) => void submit(e)}>
      <input
        aria-label="New design name"
        placeholder="Name a new design, e.g. URL shortener"
        value={name}
        maxLength={200}
        onChange={(e) => setName(e.target.value)}
      />
      <button type="submit" className="primary" disabled={busy}>
        New design
      </button>
    </form>
  );
}
