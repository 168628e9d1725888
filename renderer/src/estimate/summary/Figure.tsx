import type { FigureRef } from '../../../../shared/estimate';
import { useExplain } from '../explainStore';

/** A number that answers "why?" on click. */
export function Figure({ label, value, explain, testId, bad = false }: { label: string; value: string; explain?: FigureRef; testId?: string; bad?: boolean }) {
  const open = useExplain((s) => s.open);
  return (
    <div className="figure">
      <span className="figure-label">{label}</span>
      {explain ? (
        <button type="button" className={`figure-value${bad ? ' missed' : ''}`} title="Why?" data-testid={testId} onClick={() => open(explain)}>
          {value}
        </button>
      ) : (
        <span className={`figure-value${bad ? ' missed' : ''}`} data-testid={testId}>
          {value}
        </span>
      )}
    </div>
  );
}
