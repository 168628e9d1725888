import { memo, useMemo } from 'react';
import type { EdgeFigureKey, FigureRef } from '../../../../shared/estimate';
import { edgeFigures, networkName } from '../edgeFigures';
import { useEstimate } from '../estimateStore';
import { useExplain } from '../explainStore';
import { formatBits, formatBytes, formatCount, formatMs } from '../format';
import { Figure } from './Figure';

/** One figure in the connection's average / peak table, with its "why?". */
function Cell({ text, explain, testId }: { text: string; explain: FigureRef; testId: string }) {
  const open = useExplain((s) => s.open);
  return (
    <td>
      <button type="button" className="figure-value" title="Why?" data-testid={testId} onClick={() => open(explain)}>
        {text}
      </button>
    </td>
  );
}

/**
 * The selected connection's figures from the engine, each with its "why?": load, bytes per
 * request and bandwidth each way, and the hop latency and network the engine actually used.
 */
export const EdgeEstimate = memo(function EdgeEstimate({ id, kind, networkSet }: { id: string; kind: string; networkSet: boolean }) {
  const r = useEstimate((s) => s.result);
  const f = useMemo(() => (r ? edgeFigures(r, id) : null), [r, id]);
  if (!r || !f) return null;
  const u = r.units;
  const ref = (figure: EdgeFigureKey): FigureRef => ({ scope: 'edge', id, figure });
  const noResponse = kind !== 'sync';
  const bytes = (b: number | null) => (b === null ? '— (no requests)' : `${formatBytes(b, u)} each`);
  return (
    <section className="block-estimate edge-estimate" aria-label="Connection estimate">
      <h3>Estimate</h3>
      {f.closesCycle && <p className="inspector-warning">This connection closes a cycle: the engine does not follow traffic along it.</p>}
      <table className="edge-figures">
        <thead>
          <tr>
            <th />
            <th>Average</th>
            <th>Peak</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th>Requests</th>
            <Cell text={`${formatCount(f.avgRps)} rps`} explain={ref('avgRps')} testId="edge-avg-rps" />
            <Cell text={`${formatCount(f.peakRps)} rps`} explain={ref('peakRps')} testId="edge-peak-rps" />
          </tr>
          <tr>
            <th title="Bandwidth from source to target: requests or messages">Sent</th>
            <Cell text={formatBits(f.avgRequestBitsPerSecond)} explain={ref('requestBitsPerSecond')} testId="edge-request-bandwidth" />
            <Cell text={formatBits(f.peakRequestBitsPerSecond)} explain={ref('requestBitsPerSecond')} testId="edge-request-bandwidth-peak" />
          </tr>
          {!noResponse && (
            <tr>
              <th title="Bandwidth from target back to source: replies (synchronous connections only)">Returned</th>
              <Cell text={formatBits(f.avgResponseBitsPerSecond)} explain={ref('responseBitsPerSecond')} testId="edge-response-bandwidth" />
              <Cell text={formatBits(f.peakResponseBitsPerSecond)} explain={ref('responseBitsPerSecond')} testId="edge-response-bandwidth-peak" />
            </tr>
          )}
        </tbody>
      </table>
      <Figure label="Request size" value={bytes(f.requestBytes)} explain={ref('requestBitsPerSecond')} testId="edge-request-bytes" />
      <Figure label="Response size" value={noResponse ? 'none (no reply)' : bytes(f.responseBytes)} explain={ref('responseBitsPerSecond')} testId="edge-response-bytes" />
      <Figure label="Hop latency" value={formatMs(f.hopLatencyMs)} explain={ref('hopLatencyMs')} testId="edge-hop-latency" />
      <Figure label="Network" value={`${networkName(f.network)}${networkSet ? '' : ' (auto)'}`} explain={ref('hopLatencyMs')} testId="edge-network" />
      {f.byOperation.length > 0 && (
        <>
          <h3>By operation, average</h3>
          {f.byOperation.map((op) => (
            <Figure
              key={op.id}
              label={op.name}
              value={`${formatCount(op.avgRps)} rps`}
              explain={{ scope: 'edge', id, figure: 'avgRpsByOperation', operationId: op.id }}
              testId="edge-operation-rps"
            />
          ))}
        </>
      )}
    </section>
  );
});
