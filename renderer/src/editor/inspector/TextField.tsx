import { useId } from 'react';
import { DraftInput } from './DraftInput';
import { Field } from './Field';

const accept = (text: string) => ({ ok: true as const, value: text });

/** A labelled free-text field (a label, a note) committed on Enter or blur. */
export function TextField({ label, value, onCommit, multiline = false, maxLength = 500 }: { label: string; value: string; onCommit: (text: string) => void; multiline?: boolean; maxLength?: number }) {
  const id = useId();
  return (
    <Field id={id} label={label}>
      <DraftInput id={id} value={value} parse={accept} onCommit={onCommit} multiline={multiline} maxLength={maxLength} />
    </Field>
  );
}
