import type { Scores } from '../../../../shared/estimate';
import { useExplain } from '../explainStore';

const NAMES = { scalability: 'Scalability', maintainability: 'Maintainability', faultTolerance: 'Fault tolerance' } as const;

/** The design's three 0-100 scores, each with the reasons that raised or lowered it. */
export function ScoreList({ scores }: { scores: Scores }) {
  const open = useExplain((s) => s.open);
  return (
    <section>
      <h3>Scores</h3>
      {(Object.keys(NAMES) as (keyof Scores)[]).map((key) => (
        <details key={key} className="score">
          <summary>
            <span>{NAMES[key]}</span>
            <meter min={0} max={100} low={50} high={80} optimum={100} value={scores[key].value} />
            <button type="button" className="figure-value" title="Why?" onClick={() => open({ scope: 'design', figure: `scores.${key}` })}>
              {Math.round(scores[key].value)}
            </button>
          </summary>
          <ul>
            {scores[key].reasons.map((r, i) => (
              <li key={i} className={r.points < 0 ? 'minus' : 'plus'}>
                {r.points > 0 ? '+' : ''}
                {r.points} {r.reason}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
