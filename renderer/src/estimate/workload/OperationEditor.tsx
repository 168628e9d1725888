import { useShallow } from 'zustand/react/shallow';
import type { Operation } from '../../../../shared/model';
import { useEditor } from '../../editor/store/editorStore';
import { TextField } from '../../editor/inspector/TextField';
import { NumberField } from './NumberField';
import { OperationRate } from './OperationRate';
import { PayloadMix } from './PayloadMix';
import { removeOperation, updateOperation } from './updateWorkload';

/** One operation of the workload: how often users do it, what it carries, where it enters. */
export function OperationEditor({ operation, index }: { operation: Operation; index: number }) {
  const blocks = useEditor(useShallow((s) => s.nodes.filter((n) => n.type === 'block').map((n) => `${n.id}\u0000${n.type === 'block' ? n.data.label : ''}`)));
  const set = (patch: Partial<Operation>) => updateOperation(index, patch);
  return (
    <section className="operation" aria-label={`Operation ${operation.name}`}>
      <div className="operation-head">
        <TextField label="Operation name" value={operation.name} onCommit={(name) => name.trim() && set({ name: name.trim() })} maxLength={200} />
        <button type="button" className="link danger-text" onClick={() => removeOperation(index)} aria-label={`Remove ${operation.name}`}>
          Remove
        </button>
      </div>
      <OperationRate operation={operation} index={index} />
      <div className="field-row">
        <NumberField label="Request size" unit="bytes" hint="Metadata the request sends" value={operation.requestBytes} onCommit={(v) => set({ requestBytes: v })} max={1e12} />
        <NumberField label="Response size" unit="bytes" hint="Metadata the response brings" value={operation.responseBytes} onCommit={(v) => set({ responseBytes: v })} max={1e12} />
      </div>
      <label className="check">
        <input type="checkbox" checked={operation.writes} onChange={(e) => set({ writes: e.target.checked })} /> Writes stored data
      </label>
      <label className="select-field">
        <span>Enters at</span>
        <select aria-label="Enters at" value={operation.entryNodeId ?? ''} onChange={(e) => set({ entryNodeId: e.target.value || undefined })}>
          <option value="">First client (default)</option>
          {blocks.map((entry) => {
            const [id, label] = entry.split('\u0000');
            return (
              <option key={id} value={id}>
                {label}
              </option>
            );
          })}
        </select>
      </label>
      <PayloadMix operation={operation} index={index} />
      <NumberField
        label="Latency objective"
        unit="ms"
        hint="Optional SLO: a warning appears when the estimate misses it. 0 removes it."
        value={operation.sloLatencyMs ?? 0}
        onCommit={(v) => set({ sloLatencyMs: v > 0 ? v : undefined })}
        max={600_000}
      />
    </section>
  );
}
