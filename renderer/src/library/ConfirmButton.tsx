import { useState } from 'react';

/** A destructive action in two clicks: the button, then "Confirm …" (or "Keep" to back out). */
export function ConfirmButton({ label, confirmLabel, title, onConfirm }: { label: string; confirmLabel: string; title?: string; onConfirm: () => void }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" onClick={() => setConfirming(true)}>
        {label}
      </button>
    );
  }
  return (
    <>
      <button
        type="button"
        className="danger"
        title={title}
        onClick={() => {
          setConfirming(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" onClick={() => setConfirming(false)}>
        Keep
      </button>
    </>
  );
}
