import type { Design } from '../../shared/model/design';
import type { EstimateResult } from '../../shared/estimate';
import { availability, bitRate, bytes, duration, plain } from './format';

/** The default output: the few numbers an architect looks at first, one per line. */
export function renderSummary(design: Design, result: EstimateResult): string {
  const t = result.totals;
  const u = result.units;
  const lines = [
    `${design.name}: ${plain(t.dailyActiveUsers)} daily users, peak factor ${plain(t.peakFactor)}`,
    `  load        ${plain(t.avgRps)} rps average, ${plain(t.peakRps)} rps peak (${plain(t.avgReadRps)} read, ${plain(t.avgWriteRps)} write)`,
    `  instances   ${plain(t.instances)} drawn, ${plain(t.instancesNeeded)} needed`,
    `  storage     ${bytes(t.storageBytesPerDay, u)}/day, ${bytes(t.storageBytesPerYear, u)}/year, ${bytes(t.storageBytesStored, u)} kept`,
    `  bandwidth   ${bitRate(t.ingressBitsPerSecond)} in, ${bitRate(t.egressBitsPerSecond)} out (peak ${bitRate(t.peakIngressBitsPerSecond)} / ${bitRate(t.peakEgressBitsPerSecond)})`,
    `  scores      scalability ${plain(result.scores.scalability.value, 3)}, maintainability ${plain(result.scores.maintainability.value, 3)}, fault tolerance ${plain(result.scores.faultTolerance.value, 3)}`,
    '',
    'operations',
    ...result.operations.map((o) => `  ${o.name}: ${plain(o.avgRps)} rps (peak ${plain(o.peakRps)}), ${plain(o.latencyMs)} ms, available ${availability(o.availability, 6)} (down ${duration(o.downtimeSecondsPerYear)}/year)`),
    '',
    `warnings (${result.warnings.length})`,
    ...result.warnings.map((w) => `  [${w.severity}] ${w.message}`),
    '',
    'Run with --markdown for the worked math, or --json for every figure.',
  ];
  return lines.join('\n');
}
