import { useState, type KeyboardEvent } from 'react';
import type { Parsed } from './paramFormat';
import { useCommitBeforeLeaving } from '../commitBeforeLeaving';

/**
 * A text box that edits a draft and commits it on Enter or blur, so one edit is one undo step
 * (not one per keystroke). An invalid draft stays in the box with its message and is never
 * committed; Escape puts the stored value back.
 */
export function DraftInput<T>({
  id,
  value,
  parse,
  onCommit,
  placeholder,
  errorId,
  onError,
  multiline = false,
  maxLength,
  inputMode,
}: {
  id: string;
  /** The stored value as text; shown whenever the user is not editing. */
  value: string;
  parse: (text: string) => Parsed<T>;
  onCommit: (value: T) => void;
  placeholder?: string;
  /** Id of the element the parent shows `onError`'s message in (for aria-describedby). */
  errorId?: string;
  onError?: (message: string | null) => void;
  multiline?: boolean;
  maxLength?: number;
  inputMode?: 'decimal' | 'text';
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);

  const report = (message: string | null) => {
    setInvalid(message !== null);
    onError?.(message);
  };

  const commit = () => {
    if (draft === null) return;
    const parsed = parse(draft);
    if (!parsed.ok) return report(parsed.message);
    report(null);
    setDraft(null);
    if (draft !== value) onCommit(parsed.value);
  };

  useCommitBeforeLeaving(draft !== null, commit);

  const cancel = () => {
    report(null);
    setDraft(null);
  };

  const onChange = (text: string) => {
    setDraft(text);
    // Once a message is showing, let it go away as soon as the text is fixed.
    if (invalid) {
      const parsed = parse(text);
      report(parsed.ok ? null : parsed.message);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    e.stopPropagation(); // editor shortcuts (Delete, arrows, Ctrl+Z) must not act while typing
    if (e.key === 'Escape') cancel();
    else if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      commit();
    }
  };

  const common = {
    id,
    value: draft ?? value,
    placeholder,
    maxLength,
    spellCheck: false,
    'aria-invalid': invalid || undefined,
    'aria-describedby': invalid ? errorId : undefined,
    onBlur: commit,
    onKeyDown,
  };
  return multiline ? (
    <textarea {...common} rows={5} onChange={(e) => onChange(e.target.value)} />
  ) : (
    <input {...common} type="text" inputMode={inputMode} autoComplete="off" onChange={(e) => onChange(e.target.value)} />
  );
}
