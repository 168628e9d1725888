import type { FigureRef } from '../../../shared/estimate';
import { useExplain } from './explainStore';

/** A small "why?" beside a sentence about a figure, opening the engine's explanation of it. */
export function WhyButton({ explain, label = 'why?' }: { explain: FigureRef; label?: string }) {
  const open = useExplain((s) => s.open);
  return (
    <button type="button" className="link why" onClick={() => open(explain)}>
      {label}
    </button>
  );
}
