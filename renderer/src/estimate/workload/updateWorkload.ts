import type { Operation, Workload } from '../../../../shared/model';
import { newId } from '../../../../shared/model';
import { setMeta } from '../../editor/store/actions';
import { useEditor } from '../../editor/store/editorStore';

/** Workload edits: each is one change of the design's meta, so one undo step. */
export function updateWorkload(patch: Partial<Workload>): void {
  const meta = useEditor.getState().meta;
  if (meta) setMeta({ workload: { ...meta.workload, ...patch } });
}

export function updateOperation(index: number, patch: Partial<Operation>): void {
  const meta = useEditor.getState().meta;
  if (!meta) return;
  updateWorkload({ operations: meta.workload.operations.map((op, i) => (i === index ? { ...op, ...patch } : op)) });
}

export function addOperation(): void {
  const meta = useEditor.getState().meta;
  if (!meta) return;
  const n = meta.workload.operations.length + 1;
  const operation: Operation = {
    id: newId('op'),
    name: `Operation ${n}`,
    requestsPerUserPerDay: 10,
    requestBytes: 1_000,
    responseBytes: 1_000,
    payloadMix: [],
    writes: false,
  };
  updateWorkload({ operations: [...meta.workload.operations, operation] });
}

export function removeOperation(index: number): void {
  const meta = useEditor.getState().meta;
  if (meta) updateWorkload({ operations: meta.workload.operations.filter((_, i) => i !== index) });
}
