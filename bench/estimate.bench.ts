import { estimate } from '../shared/estimate';
import { generateDesign } from './generateDesign';

/**
 * Engine bench: `npx tsx bench/estimate.bench.ts`. Generated designs of 100, 1,000 and 10,000
 * blocks (about 2x connections, three operations); prints median and p95 ms per estimate.
 * Targets (issue 3): under 5 ms at 1,000 blocks and under 50 ms at 10,000 on a 2-core machine.
 */
const SIZES = [100, 1_000, 10_000];
const RUNS: Record<number, number> = { 100: 200, 1_000: 100, 10_000: 30 };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

const rows: string[] = [];
for (const size of SIZES) {
  const design = generateDesign(size);
  // Warm up the JIT so the table measures the engine, not the compiler.
  for (let i = 0; i < 5; i++) estimate(design);
  const times: number[] = [];
  for (let i = 0; i < (RUNS[size] ?? 20); i++) {
    const start = performance.now();
    estimate(design);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  rows.push(`| ${size.toLocaleString('en-US').padStart(6)} | ${design.edges.length.toLocaleString('en-US').padStart(6)} | ${percentile(times, 0.5).toFixed(2).padStart(9)} | ${percentile(times, 0.95).toFixed(2).padStart(8)} | ${String(times.length).padStart(4)} |`);
}
console.log('| blocks |  edges | median ms |   p95 ms | runs |');
console.log('|-------:|-------:|----------:|---------:|-----:|');
for (const row of rows) console.log(row);
