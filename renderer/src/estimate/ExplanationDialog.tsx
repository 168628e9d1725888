import { useMemo } from 'react';
import { currentExplainer, useEstimate } from './estimateStore';
import { useExplain } from './explainStore';
import { formatWithUnit } from './format';

/** "Why?": the formula behind a figure, its inputs with units and sources, and the result. */
export function ExplanationDialog() {
  const ref = useExplain((s) => s.ref);
  const close = useExplain((s) => s.close);
  const result = useEstimate((s) => s.result);
  const units = result?.units ?? 'decimal';
  const explanation = useMemo(() => (ref && result ? currentExplainer()?.explain(ref) ?? null : null), [ref, result]);
  if (!ref) return null;
  return (
    <div
      className="overlay"
      onMouseDown={close}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        // Escape closes the box only: the editor's own Escape (clear the selection) must not run too.
        e.preventDefault();
        e.stopPropagation();
        close();
      }}
    >
      <div className="explanation" role="dialog" aria-label="Explanation" onMouseDown={(e) => e.stopPropagation()}>
        <header>
          <h2>{explanation?.figure ?? 'No explanation'}</h2>
          <button type="button" aria-label="Close" autoFocus onClick={close}>
            ×
          </button>
        </header>
        {explanation ? (
          <>
            <p className="formula">
              <code>{explanation.formula}</code>
            </p>
            <table>
              <thead>
                <tr>
                  <th>Input</th>
                  <th>Value</th>
                  <th>Source</th>
                </tr>
              </thead>
              <tbody>
                {explanation.inputs.map((input, i) => (
                  <tr key={`${input.name}-${i}`}>
                    <td>{input.name}</td>
                    <td className="num">{typeof input.value === 'number' ? formatWithUnit(input.value, input.unit, units) : String(input.value)}</td>
                    <td className="muted small">{input.source}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="result">
              = <strong data-testid="explanation-result">{formatWithUnit(explanation.result.value, explanation.result.unit, units)}</strong>
            </p>
            {explanation.notes.length > 0 && (
              <ul className="notes">
                {explanation.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            )}
          </>
        ) : (
          <p className="muted">This figure has no explanation for the current design (the block may have been removed).</p>
        )}
      </div>
    </div>
  );
}
