import type { Design } from '../../shared/model/design';
import { createExplainer, type EstimateResult, type Explanation, type FigureRef } from '../../shared/estimate';
import { bitRate, bytes, percent, plain, withUnit, type UnitSystem } from './format';

/**
 * The worked math as Markdown: for every figure, its formula, each input with its unit and
 * source, and the result, in the order a reviewer would check them: workload, operations,
 * blocks, connections, totals and scores.
 */
function step(x: Explanation, system: UnitSystem): string {
  const inputs = x.inputs.map((i) => `  - ${i.name} = ${withUnit(i.value, i.unit, system)} _(${i.source})_`);
  const notes = x.notes.map((n) => `  - note: ${n}`);
  return [`- **${x.figure}** = ${withUnit(x.result.value, x.result.unit, system)}`, `  - formula: ${x.formula}`, ...inputs, ...notes].join('\n');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

export function renderMarkdown(design: Design, result: EstimateResult): string {
  const explainer = createExplainer(design, result);
  const u = result.units;
  const out: string[] = [];
  const t = result.totals;
  const explainAll = (refs: FigureRef[]): void => {
    for (const ref of refs) {
      const x = explainer.explain(ref);
      if (x) out.push(step(x, u));
    }
  };
  const refs = explainer.figures();

  out.push(`# Estimate: ${design.name}`, '');
  out.push('## Workload', '', `- daily active users: ${plain(design.workload.dailyActiveUsers)}`, `- peak factor: ${plain(t.peakFactor)}`, `- retention: ${plain(design.workload.retentionDays)} days`, `- units: ${u}`, '');
  out.push('| operation | per user per day | request | response | writes | enters at |', '|---|---:|---:|---:|---|---|');
  for (const op of design.workload.operations) {
    out.push(`| ${cell(op.name)} | ${plain(op.requestsPerUserPerDay)} | ${bytes(op.requestBytes, u)} | ${bytes(op.responseBytes, u)} | ${op.writes ? 'yes' : 'no'} | ${cell(op.entryNodeId ?? '(first client)')} |`);
  }

  out.push('', '## Summary', '', '| figure | value |', '|---|---:|');
  out.push(`| average load | ${plain(t.avgRps)} rps |`, `| peak load | ${plain(t.peakRps)} rps |`, `| instances drawn / needed | ${plain(t.instances)} / ${plain(t.instancesNeeded)} |`);
  out.push(`| storage per day / year | ${bytes(t.storageBytesPerDay, u)} / ${bytes(t.storageBytesPerYear, u)} |`, `| storage kept (all copies) | ${bytes(t.storageBytesStored, u)} |`);
  out.push(`| bandwidth in / out | ${bitRate(t.ingressBitsPerSecond)} / ${bitRate(t.egressBitsPerSecond)} |`, `| lowest operation availability | ${percent(t.lowestOperationAvailability)} |`);
  for (const [name, s] of Object.entries(result.scores)) out.push(`| ${name} score | ${plain(s.value, 3)} / 100 |`);

  out.push('', '## Warnings', '');
  if (result.warnings.length === 0) out.push('None.');
  for (const w of result.warnings) out.push(`- **${w.severity}** (${w.code}): ${w.message}${w.field ? ` [${w.field}]` : ''}`);

  out.push('', '## Operations', '');
  for (const op of result.operations) {
    out.push(`### ${op.name}`, '');
    explainAll(refs.filter((r) => r.scope === 'operation' && r.id === op.id));
    out.push('');
  }

  out.push('## Blocks', '');
  design.nodes.forEach((node) => {
    out.push(`### ${node.label || node.id} (${node.kind})`, '');
    explainAll(refs.filter((r) => r.scope === 'block' && r.id === node.id));
    out.push('');
  });

  out.push('## Connections', '');
  design.edges.forEach((edge) => {
    out.push(`### ${edge.source} -> ${edge.target} (${edge.kind})`, '');
    explainAll(refs.filter((r) => r.scope === 'edge' && r.id === edge.id));
    out.push('');
  });

  out.push('## Design totals and scores', '');
  explainAll(refs.filter((r) => r.scope === 'design'));
  out.push('');
  return out.join('\n');
}
