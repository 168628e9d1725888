import { useMemo } from 'react';
import { edgeParams, validateEdgeParams } from '../../../../shared/catalog';
import { updateEdge } from '../store/actions';
import { useEditor } from '../store/editorStore';
import { setEdgeParam } from './edits';
import { InspectorHeader } from './InspectorHeader';
import { edgeKindOptions } from './kindLabels';
import { ParamList } from './ParamList';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

const nodeName = (s: ReturnType<typeof useEditor.getState>, id: string | undefined): string => {
  const n = s.nodes.find((node) => node.id === id);
  return n?.type === 'block' || n?.type === 'group' ? n.data.label : '?';
};

/** A connection's kind, label and parameters; subscribes to its data, label and end names only. */
export function EdgeInspector({ id }: { id: string }) {
  const data = useEditor((s) => s.edges.find((e) => e.id === id)?.data);
  const label = useEditor((s) => {
    const l = s.edges.find((e) => e.id === id)?.label;
    return typeof l === 'string' ? l : '';
  });
  const from = useEditor((s) => nodeName(s, s.edges.find((e) => e.id === id)?.source));
  const to = useEditor((s) => nodeName(s, s.edges.find((e) => e.id === id)?.target));
  const params = useMemo(() => data?.params ?? {}, [data]);
  const validation = useMemo(() => validateEdgeParams(params), [params]);
  if (!data) return null;

  return (
    <div className="inspector-body">
      <InspectorHeader icon="arrow-right" title="Connection" subtitle={`${from} → ${to}`} />
      <section className="inspector-section">
        <SelectField label="Kind" value={data.kind} options={edgeKindOptions} onChange={(kind) => updateEdge(id, { kind })} />
        <TextField label="Label" value={label} onCommit={(text) => updateEdge(id, { label: text })} maxLength={200} />
      </section>
      <ParamList defs={edgeParams} params={params} issues={validation.ok ? [] : validation.issues} onChange={(key, value) => setEdgeParam(id, key, value)} />
    </div>
  );
}
