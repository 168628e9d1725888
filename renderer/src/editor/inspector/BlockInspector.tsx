import { useMemo } from 'react';
import { blockKinds, resolveBlockKind, validateBlockParams } from '../../../../shared/catalog';
import { setBlockParam, updateBlock } from '../store/actions';
import { useEditor } from '../store/editorStore';
import { changeBlockKind } from './edits';
import { InspectorHeader } from './InspectorHeader';
import { KindSelect } from './KindSelect';
import { blockAutoValues } from './blockAuto';
import { ParamList } from './ParamList';
import { TextField } from './TextField';

/**
 * A block's label, kind and parameters. Subscribes to the node's data only: a drag changes the
 * node's position every frame but keeps its data object, so this panel stays still meanwhile.
 */
export function BlockInspector({ id }: { id: string }) {
  const data = useEditor((s) => {
    const node = s.nodes.find((n) => n.id === id);
    return node?.type === 'block' ? node.data : undefined;
  });
  const validation = useMemo(() => (data ? validateBlockParams(data.kind, data.params) : undefined), [data]);
  if (!data || !validation) return null;
  const { kind, known } = resolveBlockKind(data.kind);
  const issues = validation.ok ? [] : validation.issues;

  return (
    <div className="inspector-body">
      <InspectorHeader icon={kind.icon} title={data.label || kind.name} subtitle={known ? `${kind.name} · ${kind.category}` : `Unknown kind "${data.kind}"`} />
      {!known && <p className="inspector-warning">This build does not know the kind "{data.kind}"; it is estimated as a generic service. Pick a kind to replace it.</p>}
      <section className="inspector-section">
        <TextField label="Label" value={data.label} onCommit={(label) => updateBlock(id, { label })} />
        <KindSelect value={known ? kind.id : data.kind} known={known} kinds={blockKinds} onChange={(kindId) => changeBlockKind(id, kindId)} />
        <p className="inspector-description muted small">{kind.description}</p>
      </section>
      <ParamList defs={kind.params} params={data.params} issues={issues} auto={blockAutoValues(kind, data.params)} onChange={(key, value) => setBlockParam(id, key, value)} />
    </div>
  );
}
