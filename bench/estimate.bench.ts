import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBundledEngine } from './bundledEngine';
import { generateDesign } from './generateDesign';

/**
 * Engine bench: `npx tsx bench/estimate.bench.ts`. Generated designs of 100, 1,000 and 10,000
 * blocks (about 2x connections, three operations); prints median and p95 wall-clock ms per
 * estimate, and the median CPU ms of the process (GC threads included), which stays meaningful
 * when other work shares the machine. Targets: under 5 ms at 1,000 blocks and under 50 ms at
 * 10,000 on a 2-core machine. The engine is bundled as the app bundles it (bundledEngine.ts).
 * ENVELOPE_BENCH_ENGINE=<checkout> measures another checkout's engine on the same designs, for a
 * before/after table.
 */
const root = process.env.ENVELOPE_BENCH_ENGINE ?? join(dirname(fileURLToPath(import.meta.url)), '..');
const { estimate } = await loadBundledEngine(root);
const SIZES = [100, 1_000, 10_000];
const RUNS: Record<number, number> = { 100: 200, 1_000: 100, 10_000: 40 };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

const rows: string[] = [];
for (const size of SIZES) {
  const design = generateDesign(size);
  // Warm up the JIT so the table measures the engine, not the compiler.
  for (let i = 0; i < 5; i++) estimate(design);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < (RUNS[size] ?? 20); i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    estimate(design);
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1_000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const cells = [
    size.toLocaleString('en-US').padStart(6),
    design.edges.length.toLocaleString('en-US').padStart(6),
    percentile(wall, 0.5).toFixed(2).padStart(9),
    percentile(wall, 0.95).toFixed(2).padStart(8),
    percentile(cpu, 0.5).toFixed(2).padStart(13),
    String(wall.length).padStart(4),
  ];
  rows.push(`| ${cells.join(' | ')} |`);
}
console.log('| blocks |  edges | median ms |   p95 ms | median CPU ms | runs |');
console.log('|-------:|-------:|----------:|---------:|--------------:|-----:|');
for (const row of rows) console.log(row);

// The engine before the request model, measured with this bench (bundled, interleaved with the
// current engine) on the standard machine on 2026-12-07; docs/performance.md has both tables.
const BEFORE: Record<number, number> = { 100: 0.34, 1_000: 2.0, 10_000: 25.57 };
console.log('\nBefore the request model (median ms, recorded 2026-12-07): ' + SIZES.map((s) => `${s.toLocaleString('en-US')} blocks ${BEFORE[s]!.toFixed(2)}`).join(', '));
