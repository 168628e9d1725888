import { useEditor } from './store/editorStore';

const LABELS = { saved: 'Saved', saving: 'Saving…', unsaved: 'Unsaved changes', error: 'Not saved: retrying' } as const;

export function SaveIndicator() {
  const state = useEditor((s) => s.saveState);
  return (
    <span className={`save-state save-${state}`} data-testid="save-state" data-state={state} aria-live="polite">
      {LABELS[state]}
    </span>
  );
}
