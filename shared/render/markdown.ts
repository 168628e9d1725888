import type { Design } from '../model/design';
import { createExplainer, estimate, type EstimateResult, type Explanation, type FigureRef } from '../estimate';
import { formatAvailability, formatBits, formatBytes, formatMs, formatPlain, type Units } from './format';
import { renderMermaid } from './mermaid';
import { ExportOptionsSchema, type ExportOptionsInput } from './options';
import { blockNames, reportNumbers, type ReportTable } from './report';

/**
 * The estimate as a Markdown report a person reads in a wiki or a pull request: the diagram (a
 * Mermaid block and a link to the exported picture), the workload, a summary, one row per block,
 * the warnings, and the worked math folded away in <details>. Blocks are called by their names,
 * numbers are grouped and never in scientific notation. `envelope estimate --markdown` and
 * `envelope export --format md` print this same report. A selection narrows the diagram, the
 * blocks, the warnings and the worked math to the selected blocks (see report.ts).
 */
export interface MarkdownOptions extends ExportOptionsInput {
  /** Where the exported picture is, relative to the report; absent: no image link. */
  imagePath?: string;
}

/** Markdown table cells and inline text: pipes, backslashes, HTML and line breaks neutralised. */
export function mdText(text: string): string {
  return text
    .replace(/[\\`*_[\]|<>#]/g, (c) => `\\${c}`)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
    .trim();
}

function seconds(s: number): string {
  if (!Number.isFinite(s)) return '—';
  if (s > 0 && s < 1e-6) return '< 0.001 ms';
  if (s < 1) return `${formatPlain(s * 1000)} ms`;
  if (s < 120) return `${formatPlain(s)} s`;
  if (s < 7200) return `${formatPlain(s / 60)} min`;
  if (s < 172_800) return `${formatPlain(s / 3600)} h`;
  return `${formatPlain(s / 86_400)} days`;
}

/** A value with the unit an explanation gives it. */
export function withUnit(value: number | string | boolean, unit: string, units: Units): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return mdText(value);
  switch (unit) {
    case 'bytes':
      return formatBytes(value, units);
    case 'bytes/day':
      return `${formatBytes(value, units)}/day`;
    case 'bytes/year':
      return `${formatBytes(value, units)}/year`;
    case 'bit/s':
      return formatBits(value);
    case 'ms':
      return formatMs(value);
    case 'ratio':
    case 'probability':
      return value > 0.9 && value <= 1 ? formatAvailability(value, 6) : `${formatPlain(value * 100)}%`;
    case 's':
    case 's/year':
      return `${seconds(value)}${unit === 's/year' ? ' a year' : ''}`;
    case '':
      return formatPlain(value);
    default:
      return `${formatPlain(value)} ${unit}`;
  }
}

function table({ columns, rows }: ReportTable): string[] {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(columns.map((c) => c.title)), `|${columns.map((c) => (c.right ? '---:' : '---')).join('|')}|`, ...rows.map((r) => line(r.map(mdText)))];
}

function step(x: Explanation, units: Units): string[] {
  return [
    `- **${mdText(x.figure)}** = ${withUnit(x.result.value, x.result.unit, units)}`,
    `  - formula: ${mdText(x.formula)}`,
    ...x.inputs.map((i) => `  - ${mdText(i.name)} = ${withUnit(i.value, i.unit, units)} (${mdText(i.source)})`),
    ...x.notes.map((n) => `  - note: ${mdText(n)}`),
  ];
}

export function renderMarkdown(design: Design, input: MarkdownOptions = {}, given?: EstimateResult): string {
  const options = ExportOptionsSchema.parse(input);
  const result = given ?? estimate(design);
  const u = result.units;
  const names = blockNames(design);
  const nameOf = (id: string | null | undefined): string => (id ? mdText(names.get(id) ?? id) : '');
  const numbers = reportNumbers(design, result, options.selection);
  const { scope } = numbers;
  const out: string[] = [`# ${mdText(design.name)}`, ''];
  const part = scope.selected ? ` This report covers ${formatPlain(scope.blocks.length)} of the blocks and the connections between them.` : '';
  // Counted as the estimate has them: sticky notes, and connections drawn to one, are not blocks.
  const count = (n: number, one: string): string => `${formatPlain(n)} ${one}${n === 1 ? '' : 's'}`;
  out.push(`${count(scope.of, 'block')}, ${count(result.edges.id.length, 'connection')} and ${count(design.workload.operations.length, 'operation')}, estimated by Envelope.${part}`, '');

  out.push('## Diagram', '');
  if (input.imagePath) out.push(`![${mdText(design.name)}](${encodeURI(input.imagePath)})`, '');
  out.push('```mermaid', renderMermaid(design, options, result).trimEnd(), '```', '');

  out.push('## Workload', '', ...numbers.workload.map((line) => `- ${mdText(line)}`), '');
  if (numbers.operations.rows.length > 0) out.push(...table(numbers.operations), '');
  out.push('## Summary', '', ...table(numbers.summary), '');
  out.push('## Blocks', '', ...table(numbers.blocks), '');
  out.push('## Warnings', '');
  if (numbers.warnings.length === 0) out.push('None.');
  for (const w of numbers.warnings) out.push(`- **${w.severity}**: ${mdText(w.message)}${w.block === undefined ? '' : ` (${mdText(w.block)})`}`);
  out.push('');

  const explainer = createExplainer(design, result);
  const refs = explainer.figures();
  const explainAll = (list: FigureRef[]): void => {
    for (const ref of list) {
      const x = explainer.explain(ref);
      if (x) out.push(...step(x, u));
    }
  };
  out.push('## Worked math', '', '<details>', '<summary>How every number above was worked out: each formula, its inputs and where they come from</summary>', '');
  for (const op of result.operations) {
    out.push(`### Operation: ${mdText(op.name)}`, '');
    explainAll(refs.filter((r) => r.scope === 'operation' && r.id === op.id));
    out.push('');
  }
  for (const node of scope.blocks) {
    const list = refs.filter((r) => r.scope === 'block' && r.id === node.id);
    if (list.length === 0) continue;
    out.push(`### ${nameOf(node.id)}`, '');
    explainAll(list);
    out.push('');
  }
  for (const edge of scope.edges) {
    const list = refs.filter((r) => r.scope === 'edge' && r.id === edge.id);
    if (list.length === 0) continue;
    out.push(`### ${nameOf(edge.source)} → ${nameOf(edge.target)} (${edge.kind}${edge.label ? `, "${mdText(edge.label)}"` : ''})`, '');
    explainAll(list);
    out.push('');
  }
  out.push('### Design totals and scores', '');
  explainAll(refs.filter((r) => r.scope === 'design'));
  out.push('', '</details>', '');
  return out.join('\n');
}
