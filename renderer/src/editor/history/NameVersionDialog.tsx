import { useCallback, useState, type FormEvent } from 'react';
import { Modal } from './Modal';
import { saveNamedVersion, useHistory } from './historyStore';

/** Ctrl/Cmd+S: name the design as it is now, to find it again in the history. */
export function NameVersionDialog() {
  const open = useHistory((s) => s.naming);
  const setHistory = useHistory((s) => s.set);
  const close = useCallback(() => setHistory({ naming: false }), [setHistory]);
  if (!open) return null;
  return <NameVersionForm onClose={close} />;
}

function NameVersionForm({ onClose }: { onClose: () => void }) {
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!label.trim()) return;
    setBusy(true);
    const saved = await saveNamedVersion(label.trim());
    setBusy(false);
    if (saved) onClose();
  };
  return (
    <Modal label="Name this version" onClose={onClose}>
      <form className="modal-body" onSubmit={(e) => void submit(e)}>
        <h2>Name this version</h2>
        <label className="modal-field">
          <span>Version name</span>
          <input autoFocus value={label} maxLength={200} placeholder="e.g. Before sharding" onChange={(e) => setLabel(e.target.value)} />
        </label>
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy || !label.trim()}>
            Save version
          </button>
        </div>
      </form>
    </Modal>
  );
}
