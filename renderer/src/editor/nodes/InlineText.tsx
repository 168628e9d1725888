import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useCommitBeforeLeaving } from '../commitBeforeLeaving';

/**
 * Text that becomes an input on double-click or F2 (when `editing` is set by the parent):
 * Enter or blur commits. Escape cancels a one-line label but keeps a note's text: a note can hold
 * minutes of typing, and Escape is how people leave a box. Used for block labels, group labels and notes.
 */
export function InlineText({
  value,
  editing,
  multiline = false,
  onCommit,
  onDone,
  className,
  ariaLabel,
}: {
  value: string;
  editing: boolean;
  multiline?: boolean;
  onCommit: (text: string) => void;
  onDone: () => void;
  className?: string;
  ariaLabel: string;
}) {
  const [draft, setDraft] = useState(value);
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  // Focus and select in the same commit that shows the box: keys typed right after N or F2 (a
  // person at interview speed, or a test) must land in the text, never on the canvas's shortcuts.
  useLayoutEffect(() => {
    if (!editing) return;
    const el = ref.current;
    if (el) {
      el.value = value;
      el.select();
    }
    setDraft(value);
    // Something else may take the focus in this frame (the click that selected the node): take it back.
    requestAnimationFrame(() => {
      if (ref.current && document.activeElement !== ref.current) ref.current.select();
    });
  }, [editing, value]);

  useCommitBeforeLeaving(editing && draft !== value, () => onCommit(draft));

  if (!editing) return <div className={className}>{value}</div>;
  const finish = (commit: boolean) => {
    if (commit && draft !== value) onCommit(draft);
    onDone();
  };
  const props = {
    ref,
    className: `${className ?? ''} nodrag nopan inline-edit`,
    value: draft,
    'aria-label': ariaLabel,
    maxLength: multiline ? 10_000 : 500,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: () => finish(true),
    onKeyDown: (e: KeyboardEvent) => {
      e.stopPropagation(); // keep editor shortcuts (Delete, arrows, Ctrl+Z) out of the text box
      if (e.key === 'Escape') finish(multiline);
      if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) finish(true);
    },
  };
  return multiline ? <textarea {...props} /> : <input {...props} />;
}
