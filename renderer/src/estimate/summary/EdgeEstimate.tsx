import { memo, useMemo } from 'react';
import type { EdgeFigureKey, FigureRef } from '../../../../shared/estimate';
import { edgeFigures, networkName } from '../edgeFigures';
import { useEstimate } from '../estimateStore';
import { formatBits, formatBytes, formatCount, formatMs } from '../format';
import { Figure } from './Figure';

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
      <Figure label="Average" value={`${formatCount(f.avgRps)} rps`} explain={ref('avgRps')} testId="edge-avg-rps" />
      <Figure label="Peak" value={`${formatCount(f.peakRps)} rps`} explain={ref('peakRps')} testId="edge-peak-rps" />
      <Figure label="Request size" value={bytes(f.requestBytes)} explain={ref('requestBitsPerSecond')} testId="edge-request-bytes" />
      <Figure label="Response size" value={noResponse ? 'none (no reply)' : bytes(f.responseBytes)} explain={ref('responseBitsPerSecond')} testId="edge-response-bytes" />
      <Figure
        label="Request bandwidth, avg / peak"
        value={`${formatBits(f.avgRequestBitsPerSecond)} / ${formatBits(f.peakRequestBitsPerSecond)}`}
        explain={ref('requestBitsPerSecond')}
        testId="edge-request-bandwidth"
      />
      {!noResponse && (
        <Figure
          label="Response bandwidth, avg / peak"
          value={`${formatBits(f.avgResponseBitsPerSecond)} / ${formatBits(f.peakResponseBitsPerSecond)}`}
          explain={ref('responseBitsPerSecond')}
          testId="edge-response-bandwidth"
        />
      )}
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
