import { updateNote } from '../store/actions';
import { useEditor } from '../store/editorStore';
import { InspectorHeader } from './InspectorHeader';
import { TextField } from './TextField';

/** A sticky note's text; Ctrl+Enter or leaving the box saves it. */
export function NoteInspector({ id }: { id: string }) {
  const text = useEditor((s) => {
    const node = s.nodes.find((n) => n.id === id);
    return node?.type === 'note' ? node.data.text : undefined;
  });
  if (text === undefined) return null;
  return (
    <div className="inspector-body">
      <InspectorHeader icon="sticky-note" title="Note" />
      <section className="inspector-section">
        <TextField label="Text" value={text} onCommit={(next) => updateNote(id, next)} multiline maxLength={10_000} />
        <p className="muted small">Ctrl+Enter or click away to save.</p>
      </section>
    </div>
  );
}
