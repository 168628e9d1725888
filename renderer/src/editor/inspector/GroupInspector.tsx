import { updateGroup } from '../store/actions';
import { useEditor } from '../store/editorStore';
import { InspectorHeader } from './InspectorHeader';
import { groupIcon, groupKindOptions } from './kindLabels';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

/** A region, zone or network: its label and kind. */
export function GroupInspector({ id }: { id: string }) {
  const data = useEditor((s) => {
    const node = s.nodes.find((n) => n.id === id);
    return node?.type === 'group' ? node.data : undefined;
  });
  if (!data) return null;
  const kindName = groupKindOptions.find((o) => o.value === data.kind)?.label ?? data.kind;
  return (
    <div className="inspector-body">
      <InspectorHeader icon={groupIcon[data.kind]} title={data.label || kindName} subtitle={`Group · ${kindName}`} />
      <section className="inspector-section">
        <TextField label="Label" value={data.label} onCommit={(label) => updateGroup(id, { label })} />
        <SelectField label="Kind" value={data.kind} options={groupKindOptions} onChange={(kind) => updateGroup(id, { kind })} />
        <p className="muted small">Blocks dropped inside a group belong to it and move with it.</p>
      </section>
    </div>
  );
}
