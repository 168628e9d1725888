import { useEstimate } from '../estimateStore';
import { formatAvailability, formatBits, formatBytes, formatCount, formatDuration, formatMs } from '../format';
import { Figure } from './Figure';
import { OperationTable } from './OperationTable';
import { ScoreList } from './ScoreList';
import { WarningList } from './WarningList';

/** The design as a whole: load, instances, storage, bandwidth, each operation, scores, warnings. */
export function DesignSummary() {
  const result = useEstimate((s) => s.result);
  const failure = useEstimate((s) => s.failure);
  const elapsedMs = useEstimate((s) => s.elapsedMs);
  if (failure) return <p className="field-error">The estimate failed: {failure}</p>;
  if (!result) return <p className="muted">Estimating…</p>;
  const t = result.totals;
  const u = result.units;
  return (
    <div className="summary" aria-label="Design summary">
      <section>
        <h3>Load</h3>
        <Figure label="Daily active users" value={formatCount(t.dailyActiveUsers)} />
        <Figure label="Average" value={`${formatCount(t.avgRps)} rps`} explain={{ scope: 'design', figure: 'avgRps' }} testId="total-avg-rps" />
        <Figure label="Peak" value={`${formatCount(t.peakRps)} rps`} explain={{ scope: 'design', figure: 'peakRps' }} testId="total-peak-rps" />
        <Figure label="Reads / writes" value={`${formatCount(t.avgReadRps)} / ${formatCount(t.avgWriteRps)} rps`} explain={{ scope: 'design', figure: 'avgWriteRps' }} />
      </section>
      <section>
        <h3>Servers</h3>
        <Figure label="Instances drawn" value={formatCount(t.instances)} explain={{ scope: 'design', figure: 'instances' }} testId="total-instances" />
        <Figure
          label="Instances needed, avg / peak"
          value={`${formatCount(t.instancesNeededAvg)} / ${formatCount(t.instancesNeeded)}`}
          explain={{ scope: 'design', figure: 'instancesNeeded' }}
          testId="total-instances-needed"
        />
      </section>
      <section>
        <h3>Storage: the product's data</h3>
        <Figure label="Per day" value={formatBytes(t.storageBytesPerDay, u)} explain={{ scope: 'design', figure: 'storageBytesPerDay' }} testId="storage-per-day" />
        <Figure label="Per year" value={formatBytes(t.storageBytesPerYear, u)} explain={{ scope: 'design', figure: 'storageBytesPerYear' }} testId="storage-per-year" />
        <Figure label="Kept (retention × copies)" value={formatBytes(t.storageBytesStored, u)} explain={{ scope: 'design', figure: 'storageBytesStored' }} testId="storage-kept" />
        <Figure label="Queues, logs, metrics: per day / kept" value={`${formatBytes(t.operationalBytesPerDay, u)} / ${formatBytes(t.operationalBytesStored, u)}`} explain={{ scope: 'design', figure: 'operationalBytesStored' }} testId="operational-stored" />
      </section>
      <section>
        <h3>Bandwidth</h3>
        <Figure label="In (avg / peak)" value={`${formatBits(t.ingressBitsPerSecond)} / ${formatBits(t.peakIngressBitsPerSecond)}`} explain={{ scope: 'design', figure: 'ingressBitsPerSecond' }} />
        <Figure label="Out (avg / peak)" value={`${formatBits(t.egressBitsPerSecond)} / ${formatBits(t.peakEgressBitsPerSecond)}`} explain={{ scope: 'design', figure: 'egressBitsPerSecond' }} testId="total-egress" />
      </section>
      <section>
        <h3>Operations</h3>
        <OperationTable operations={result.operations} />
        <Figure
          label="Least available operation"
          value={`${formatAvailability(t.lowestOperationAvailability)} (${formatDuration((1 - t.lowestOperationAvailability) * 365 * 86_400)}/year down)`}
          explain={{ scope: 'design', figure: 'lowestOperationAvailability' }}
          testId="lowest-availability"
        />
      </section>
      <ScoreList scores={result.scores} />
      <WarningList warnings={result.warnings} />
      <p className="muted small">Estimated in {formatMs(elapsedMs)}.</p>
    </div>
  );
}
