import { useEditor } from '../../editor/store/editorStore';
import { NumberField } from './NumberField';
import { OperationEditor } from './OperationEditor';
import { addOperation, updateWorkload } from './updateWorkload';

/** The design's workload: users, operations, the peak model, retention and units. All undoable. */
export function WorkloadEditor() {
  const workload = useEditor((s) => s.meta?.workload);
  if (!workload) return null;
  const peak = workload.peak;
  return (
    <div className="workload" aria-label="Workload">
      <NumberField label="Daily active users" value={workload.dailyActiveUsers} onCommit={(v) => updateWorkload({ dailyActiveUsers: v })} max={1e11} integer />
      <label className="select-field">
        <span>Peak model</span>
        <select
          aria-label="Peak model"
          value={peak.type}
          onChange={(e) => updateWorkload({ peak: e.target.value === 'factor' ? { type: 'factor', factor: 2 } : { type: 'window', trafficShare: 0.8, timeShare: 0.2 } })}
        >
          <option value="factor">Peak-to-average factor</option>
          <option value="window">Share of traffic in a busy window</option>
        </select>
      </label>
      {peak.type === 'factor' ? (
        <NumberField label="Peak factor" unit="× average" min={1} max={1000} value={peak.factor} onCommit={(factor) => updateWorkload({ peak: { type: 'factor', factor } })} />
      ) : (
        <div className="field-row">
          <NumberField label="Traffic share" ratio max={1} value={peak.trafficShare} onCommit={(trafficShare) => updateWorkload({ peak: { ...peak, trafficShare } })} />
          <NumberField label="Time share" ratio max={1} value={peak.timeShare} onCommit={(timeShare) => updateWorkload({ peak: { ...peak, timeShare } })} />
        </div>
      )}
      <NumberField label="Retention" unit="days" value={workload.retentionDays} onCommit={(retentionDays) => updateWorkload({ retentionDays })} max={365 * 100} />
      <label className="select-field">
        <span>Units</span>
        <select aria-label="Units" value={workload.units} onChange={(e) => updateWorkload({ units: e.target.value === 'binary' ? 'binary' : 'decimal' })}>
          <option value="decimal">Decimal (1 KB = 1,000 B)</option>
          <option value="binary">Binary (1 KiB = 1,024 B)</option>
        </select>
      </label>
      <h3>Operations</h3>
      {workload.operations.length === 0 && <p className="muted small">No operations yet: add what users do, e.g. “post tweet” and “read timeline”.</p>}
      {workload.operations.map((op, i) => (
        <OperationEditor key={op.id} operation={op} index={i} />
      ))}
      <button type="button" onClick={addOperation}>
        Add operation
      </button>
    </div>
  );
}
