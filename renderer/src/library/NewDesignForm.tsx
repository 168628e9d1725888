import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLibrary } from './libraryStore';
import { templates } from './templates';

const BLANK = '';

export function NewDesignForm({ onCreated }: { onCreated: (id: string) => void }) {
  const create = useLibrary((s) => s.create);
  const focusRequest = useLibrary((s) => s.focusNewDesign);
  const [name, setName] = useState('');
  const [templateId, setTemplateId] = useState(BLANK);
  const [busy, setBusy] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (focusRequest === 0) return;
    nameInput.current?.focus();
    // Taken once: coming back to the library later should not grab the focus again.
    useLibrary.setState({ focusNewDesign: 0 });
  }, [focusRequest]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const template = templates.find((t) => t.id === templateId);
    const trimmed = name.trim() || template?.name || 'Untitled design';
    setBusy(true);
    const id = await create(trimmed, template);
    setBusy(false);
    if (id) onCreated(id);
  };

  return (
    <form className="new-design" onSubmit={(e) => void submit(e)}>
      <input
        ref={nameInput}
        aria-label="New design name"
        placeholder="Name a new design, e.g. URL shortener"
        value={name}
        maxLength={200}
        onChange={(e) => setName(e.target.value)}
      />
      <select aria-label="Start from" value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
        <option value={BLANK}>Blank canvas</option>
        {templates.map((t) => (
          <option key={t.id} value={t.id}>
            Template: {t.name}
          </option>
        ))}
      </select>
      <button type="submit" className="primary" disabled={busy}>
        New design
      </button>
    </form>
  );
}
