import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices } from '../main/services';
import type { Design } from '../shared/model/design';
import { generateDesign } from './generateDesign';

/**
 * Store bench: `npx tsx bench/store.bench.ts`. Autosave of a one-block change (saveDesign through
 * dispatch: contract validation of the whole document, JSON, and a SQLite commit with WAL +
 * synchronous=FULL) and open (getDesign: read, restore step, and the opened_at write), in
 * generated designs of 100, 1,000 and 5,000 blocks (about 2x connections).
 * Targets (issue 5): save under 5 ms at 1,000 blocks, open under 50 ms at 1,000 blocks.
 */
const SIZES = [100, 1_000, 5_000];
const RUNS: Record<number, number> = { 100: 300, 1_000: 200, 5_000: 60 };
const WARMUP = 10;

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

async function timed(runs: number, step: (i: number) => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await step(-1 - i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await step(i);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

const dir = mkdtempSync(join(tmpdir(), 'envelope-bench-'));
const services = createServices(dir);
const expectOk = async (operation: string, payload: unknown): Promise<unknown> => {
  const result = await services.dispatch(operation, payload);
  if (!result.ok) throw new Error(`${operation}: ${result.error.message}`);
  return result.value;
};

const rows: string[] = [];
try {
  for (const size of SIZES) {
    const created = (await expectOk('createDesign', { name: `Bench ${size}` })) as { document: Design };
    const design: Design = { ...generateDesign(size), id: created.document.id, name: created.document.name };
    await expectOk('saveDesign', { id: design.id, document: design });
    const runs = RUNS[size] ?? 50;
    // Each save moves one block, as a drag's autosave would.
    const save = await timed(runs, (i) => {
      const nodes = design.nodes.slice();
      const moved = i < 0 ? 0 : i % nodes.length;
      nodes[moved] = { ...nodes[moved]!, position: { x: i, y: i * 2 } };
      return expectOk('saveDesign', { id: design.id, document: { ...design, nodes } });
    });
    const open = await timed(runs, () => expectOk('getDesign', { id: design.id }));
    const cell = (n: number, width: number): string => n.toFixed(2).padStart(width);
    rows.push(
      `| ${size.toLocaleString('en-US').padStart(6)} | ${design.edges.length.toLocaleString('en-US').padStart(6)} | ${cell(percentile(save, 0.5), 14)} | ${cell(percentile(save, 0.95), 11)} | ${cell(percentile(open, 0.5), 14)} | ${cell(percentile(open, 0.95), 11)} | ${String(runs).padStart(4)} |`,
    );
  }
} finally {
  services.close();
  rmSync(dir, { recursive: true, force: true });
}
console.log('| blocks |  edges | save median ms | save p95 ms | open median ms | open p95 ms | runs |');
console.log('|-------:|-------:|---------------:|------------:|---------------:|------------:|-----:|');
for (const row of rows) console.log(row);
