import { useId, useMemo, useState } from 'react';
import { RotateCcw, X } from 'lucide-react';
import type { Operation } from '../../../../shared/model';
import type { ParamEditorProps } from './ParamList';
import { namedOperationIds, operationLabels, removeEntry, toggleOperation, unknownOperationIds } from './operationFilter';

/**
 * "Only these operations" as a list of the design's operations by name, ticked ones taking the
 * connection; nothing ticked means every operation. The document keeps the ids comma-separated,
 * as before. Ids that name no operation (deleted since, or typed in an older build) are shown as
 * such, each with a button to remove it, so a filter that silently matches nothing can be seen.
 */
export function OperationsField({ def, value, problem, onChange, operations }: ParamEditorProps & { operations: readonly Operation[] }) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const stored = typeof value === 'string' ? value : undefined;
  const ticked = useMemo(() => namedOperationIds(stored, operations), [stored, operations]);
  const unknown = useMemo(() => unknownOperationIds(stored, operations), [stored, operations]);
  const labels = useMemo(() => operationLabels(operations), [operations]);
  const knownTicked = operations.filter((op) => ticked.has(op.id)).length;
  const maxLength = def.type === 'text' ? def.maxLength : Infinity;

  const commit = (next: string | undefined) => {
    if (next !== undefined && next.length > maxLength) {
      setError(`Too many operations for one connection (the list is limited to ${maxLength} characters of ids). Untick some, or leave all unticked for every operation.`);
      return;
    }
    setError(null);
    onChange(next);
  };

  let status: string;
  // Unset lets every operation through; entries that name none of them let none through.
  if (stored === undefined || (ticked.size === 0 && unknown.length === 0)) status = 'None ticked: every operation takes this connection.';
  else if (knownTicked === 0) status = 'No operation of the workload is ticked: this connection carries nothing. Remove the unknown entries to let every operation through.';
  else status = `Only the ${knownTicked === 1 ? 'ticked operation takes' : `${knownTicked} ticked operations take`} this connection.`;

  const message = error ?? problem;
  return (
    <fieldset className={`field field-operations${stored !== undefined ? ' field-set' : ''}`} aria-labelledby={`${id}-label`} aria-describedby={`${id}-status`}>
      <div className="field-head">
        {/* Named by this span, not a legend: a legend must be the fieldset's first child, and the reset button sits beside it.
            Its own hint, not the catalog's: people pick names here, they no longer type the ids the document keeps. */}
        <span id={`${id}-label`} className="field-label" title="The operations that take this connection; none ticked means every operation.">
          {def.label}
        </span>
        {stored !== undefined && (
          <button type="button" className="field-reset" title="Reset to default: every operation" aria-label="Reset to default" onClick={() => commit(undefined)}>
            <RotateCcw size={12} aria-hidden />
          </button>
        )}
      </div>
      {operations.length === 0 ? (
        <p className="muted small">The workload has no operations yet; add them in the Workload tab.</p>
      ) : (
        <ul className="operation-picks">
          {operations.map((op) => (
            <li key={op.id}>
              <label className="check">
                <input type="checkbox" checked={ticked.has(op.id)} onChange={(e) => commit(toggleOperation(stored, op, e.target.checked))} />
                <span>{labels.get(op.id)}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {unknown.length > 0 && (
        <ul className="operation-picks operation-unknown">
          {unknown.map((unknownId) => (
            <li key={unknownId}>
              <span>
                unknown operation <code>{unknownId}</code>
              </span>
              <button type="button" className="field-reset" title="Remove" aria-label={`Remove unknown operation ${unknownId}`} onClick={() => commit(removeEntry(stored, unknownId))}>
                <X size={12} aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      )}
      {message && (
        <p className="field-error" role="alert">
          {message}
        </p>
      )}
      <p id={`${id}-status`} className="field-source" data-testid="operations-status">
        {status}
      </p>
    </fieldset>
  );
}
