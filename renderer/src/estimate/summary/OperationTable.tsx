import type { OperationEstimate } from '../../../../shared/estimate';
import { useExplain } from '../explainStore';
import { formatAvailability, formatCount, formatMs } from '../format';

/** Per operation: peak load, latency and availability along its path, with the SLO verdicts. */
export function OperationTable({ operations }: { operations: OperationEstimate[] }) {
  const open = useExplain((s) => s.open);
  if (operations.length === 0) return <p className="muted small">Add operations in the Workload tab to see their latency and availability.</p>;
  const cell = (op: OperationEstimate, figure: 'peakRps' | 'latencyMs' | 'availability', text: string, bad: boolean | null) => (
    <td>
      <button type="button" className={`figure-value${bad ? ' missed' : ''}`} title="Why?" onClick={() => open({ scope: 'operation', id: op.id, figure })}>
        {text}
      </button>
    </td>
  );
  return (
    <table className="operations">
      <thead>
        <tr>
          <th>Operation</th>
          <th>Peak</th>
          <th>Latency</th>
          <th>Availability</th>
        </tr>
      </thead>
      <tbody>
        {operations.map((op) => (
          <tr key={op.id} data-testid={`operation-${op.id}`}>
            <td>{op.name}</td>
            {cell(op, 'peakRps', `${formatCount(op.peakRps)} rps`, null)}
            {cell(op, 'latencyMs', formatMs(op.latencyMs), op.sloLatencyMet === false)}
            {cell(op, 'availability', formatAvailability(op.availability), op.sloAvailabilityMet === false)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
