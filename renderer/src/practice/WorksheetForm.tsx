import { useMemo } from 'react';
import type { PracticeSession } from '../../../shared/api/practiceSchemas';
import { createExplainer, estimate, type Explanation } from '../../../shared/estimate';
import { formatFigure, WORKSHEET_FIGURES, type FigureComparison } from '../../../shared/practice';
import { currentDocument } from '../editor/store/editorStore';
import { checkWorksheet, saveWorksheet, setWorksheetField, usePractice } from './practiceStore';

export const VERDICT_LABEL: Record<FigureComparison['verdict'], string> = {
  within2x: 'within 2x',
  within10x: 'within 10x',
  off: 'off',
  notGiven: 'not given',
  unreadable: 'unreadable',
  noEngineFigure: 'not graded',
};

/** The engine's worked math for each figure compared, for the design as it was checked. */
function useWorkedMath(comparisons: FigureComparison[] | null): Map<string, Explanation> {
  return useMemo(() => {
    const out = new Map<string, Explanation>();
    const design = comparisons ? currentDocument() : null;
    if (!comparisons || !design) return out;
    const explainer = createExplainer(design, estimate(design));
    for (const c of comparisons) {
      const e = c.engineKey ? explainer.explain({ scope: 'design', figure: c.engineKey }) : null;
      if (e) out.set(c.id, e);
    }
    return out;
  }, [comparisons]);
}

/** The candidate's own figures with their arithmetic; Check compares them with Envelope's. */
export function WorksheetForm({ session }: { session: PracticeSession }) {
  const comparisons = usePractice((s) => s.comparisons);
  const worked = useWorkedMath(comparisons);
  const byId = new Map(comparisons?.map((c) => [c.id, c]));
  return (
    <form
      className="worksheet"
      aria-label="Estimation worksheet"
      onSubmit={(e) => {
        e.preventDefault();
        void checkWorksheet();
      }}
    >
      <p className="muted small">Your back-of-the-envelope figures, e.g. “23k”, “40 GB”, “5 Gbps”, with your arithmetic. Check compares them with Envelope’s figures for your design as drawn.</p>
      {WORKSHEET_FIGURES.map((f) => {
        const entry = session.worksheet[f.id];
        const c = byId.get(f.id);
        const math = worked.get(f.id);
        return (
          <fieldset key={f.id} className="worksheet-row" data-figure={f.id}>
            <legend>{f.label}</legend>
            <input aria-label={`${f.label}: your figure`} value={entry?.value ?? ''} placeholder={f.unit} onChange={(e) => setWorksheetField(f.id, 'value', e.target.value)} onBlur={() => void saveWorksheet()} />
            <textarea aria-label={`${f.label}: your arithmetic`} rows={1} value={entry?.work ?? ''} placeholder="your arithmetic" onChange={(e) => setWorksheetField(f.id, 'work', e.target.value)} onBlur={() => void saveWorksheet()} />
            {c && (
              <div className={`verdict verdict-${c.verdict}`} data-testid="verdict">
                <strong>{VERDICT_LABEL[c.verdict]}</strong>
                {c.engine !== null && <span> Envelope: {formatFigure(c.engine, f.dimension)}</span>}
                <span className="muted small"> {c.note}</span>
                {math && (
                  <details className="worked-math">
                    <summary>Envelope’s math</summary>
                    <p className="formula">{math.formula}</p>
                    <ul>
                      {math.inputs.map((i) => (
                        <li key={i.name}>
                          {i.name}: {typeof i.value === 'number' ? i.value.toLocaleString('en-US', { maximumSignificantDigits: 4 }) : String(i.value)} {i.unit}
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </div>
            )}
          </fieldset>
        );
      })}
      <button type="submit" className="primary">
        Check
      </button>
    </form>
  );
}
