import { getBlockKind, paramsSchemaFor, resolveBlockKind } from '../../../../shared/catalog';
import type { ParamValue } from '../../../../shared/model';
import { updateBlock, updateEdge } from '../store/actions';
import { useEditor } from '../store/editorStore';

/**
 * Inspector edits built on the store's actions (each still one commit, so one undo step).
 * They live here rather than in actions.ts because only the inspector needs them so far.
 */

/**
 * Change a block's kind, keeping each parameter the new kind also has when its value is valid
 * there, and renaming the block if it still carried the old kind's name.
 */
export function changeBlockKind(id: string, kindId: string): void {
  const node = useEditor.getState().nodes.find((n) => n.id === id);
  const next = getBlockKind(kindId);
  if (node?.type !== 'block' || !next || node.data.kind === kindId) return;
  const schema = paramsSchemaFor(next.params);
  const params: Record<string, ParamValue> = {};
  for (const def of next.params) {
    const value = node.data.params[def.key];
    if (value !== undefined && schema.safeParse({ [def.key]: value }).success) params[def.key] = value;
  }
  const oldName = resolveBlockKind(node.data.kind).kind.name;
  const label = node.data.label === oldName || node.data.label === '' ? next.name : node.data.label;
  updateBlock(id, { kind: kindId, label, params });
}

/** Set one parameter of a connection, or remove it (undefined) so the default applies. */
export function setEdgeParam(id: string, key: string, value: ParamValue | undefined): void {
  const edge = useEditor.getState().edges.find((e) => e.id === id);
  if (!edge) return;
  const params = { ...edge.data?.params };
  if (value === undefined) delete params[key];
  else params[key] = value;
  updateEdge(id, { params });
}
