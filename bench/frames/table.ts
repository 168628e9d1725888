import { percentile, type PageResult } from './measure';

export interface SizeResult {
  blocks: number;
  edges: number;
  envelope: PageResult;
  bare: PageResult;
}

const ms = (v: number): string => v.toFixed(1);
// A gesture cut short by its time limit says how many frames its percentiles rest on.
const pair = (deltas: number[]): string => `${ms(percentile(deltas, 0.5))} / ${ms(percentile(deltas, 0.95))}${deltas.length < 100 ? ` (${deltas.length} frames)` : ''}`;
const openMs = (r: PageResult): string => `${r.interactiveMs.toFixed(0)}${r.idle ? '' : '*'}`;
const ratio = (a: number[], b: number[]): string => (percentile(a, 0.95) / percentile(b, 0.95)).toFixed(2);

/** The frame bench's Markdown table, as recorded in the README. */
export function formatTable(results: SizeResult[]): string {
  const rows = [
    '| blocks (edges) | envelope drag p50 / p95 ms | bare drag p50 / p95 ms | drag p95 ratio | envelope pan p50 / p95 ms | bare pan p50 / p95 ms | pan p95 ratio | open→interactive ms (bare) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const { blocks, edges, envelope, bare } of results) {
    rows.push(
      `| ${blocks.toLocaleString('en-US')} (${edges.toLocaleString('en-US')}) | ${pair(envelope.drag.deltas)} | ${pair(bare.drag.deltas)} | ${ratio(envelope.drag.deltas, bare.drag.deltas)} ` +
        `| ${pair(envelope.pan.deltas)} | ${pair(bare.pan.deltas)} | ${ratio(envelope.pan.deltas, bare.pan.deltas)} | ${openMs(envelope)} (${openMs(bare)}) |`,
    );
  }
  if (results.some((r) => !r.envelope.idle || !r.bare.idle)) {
    rows.push('', '\\* frames never stopped taking over 200 ms; the time is when the drawn scene was complete.');
  }
  return rows.join('\n');
}

/** The issue's targets, each with whether this run met it. */
export function targetChecks(results: SizeResult[]): string[] {
  const lines: string[] = [];
  const check = (ok: boolean, text: string): void => void lines.push(`${ok ? 'PASS' : 'MISS'}  ${text}`);
  for (const r of results) {
    for (const gesture of ['drag', 'pan'] as const) {
      const value = percentile(r.envelope[gesture].deltas, 0.95) / percentile(r.bare[gesture].deltas, 0.95);
      check(value <= 1.1, `${r.blocks} blocks: ${gesture} p95 within 1.1x of bare React Flow (${value.toFixed(2)}x)`);
    }
  }
  const at = (n: number): SizeResult | undefined => results.find((r) => r.blocks === n);
  const k1 = at(1_000);
  if (k1) {
    check(percentile(k1.envelope.drag.deltas, 0.5) <= 17, `1,000 blocks: drag p50 <= 17 ms (${ms(percentile(k1.envelope.drag.deltas, 0.5))})`);
    check(percentile(k1.envelope.drag.deltas, 0.95) <= 33, `1,000 blocks: drag p95 <= 33 ms (${ms(percentile(k1.envelope.drag.deltas, 0.95))})`);
    check(k1.envelope.idle && k1.envelope.interactiveMs <= 1_200, `1,000 blocks: interactive within 1.2 s (${k1.envelope.interactiveMs.toFixed(0)} ms)`);
  }
  const k5 = at(5_000);
  if (k5) check(k5.envelope.idle && k5.envelope.interactiveMs <= 2_500, `5,000 blocks: interactive within 2.5 s (${k5.envelope.interactiveMs.toFixed(0)} ms)`);
  return lines;
}
