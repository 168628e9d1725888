import { estimate } from '../shared/estimate';
import { renderSvg } from '../shared/render';
import { exportDesign } from '../main/export/exportDesign';
import { generateDesign } from './generateDesign';
import type { Design } from '../shared/model/design';

/**
 * Export bench (issue 19): `npx tsx bench/export.bench.ts`. Generated designs of 200, 1,000 and
 * 5,000 blocks (about 2x connections), every badge on; the estimate is made once and handed in,
 * so the times are the exporter's own. SVG: the pure renderer (what the dialog's preview and the
 * CLI run); PNG 2x: that SVG rasterised by resvg plus the design chunk; PDF: pdfkit with the
 * numbers pages. Median of a few runs after a warm-up. Targets: a 1,000-block SVG under 200 ms,
 * its 2x PNG under 2 s.
 * The generated layout (tall layers, for the frame bench) is re-laid on a grid about twice as
 * wide as tall with 250 x 120 px cells, as a diagram meant for a page would be: the PNG's time
 * follows its pixel count, and a 1,000-block column is a 300-megapixel picture.
 */
function onGrid(design: Design): Design {
  const columns = Math.ceil(Math.sqrt(design.nodes.length * 2));
  return { ...design, nodes: design.nodes.map((n, i) => ({ ...n, groupId: undefined, position: { x: (i % columns) * 250, y: Math.floor(i / columns) * 120 } })), groups: [] };
}

const SIZES = [200, 1_000, 5_000];
const RUNS: Record<number, number> = { 200: 9, 1_000: 5, 5_000: 3 };

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function time(runs: number, f: () => unknown): Promise<number> {
  await f();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await f();
    out.push(performance.now() - start);
  }
  return median(out);
}

console.error('(a 2x PNG over 32,000 px a side or 250 megapixels is refused; that row times 1x instead)');
console.log('| blocks |  edges | SVG ms | SVG size | PNG 2x ms | PNG size (px) | PDF ms | runs |');
console.log('|-------:|-------:|-------:|---------:|----------:|--------------:|-------:|-----:|');
for (const size of SIZES) {
  const design = onGrid(generateDesign(size));
  const result = estimate(design);
  const runs = RUNS[size] ?? 3;
  const svgMs = await time(runs, () => renderSvg(design, {}, result));
  const picture = renderSvg(design, {}, result);
  // Over PNG_LIMITS a 2x PNG is refused with a message, as the app and CLI refuse it: time 1x then.
  let pngScale: 1 | 2 = 2;
  let pngMs: number;
  try {
    pngMs = await time(runs, () => exportDesign(design, { format: 'png', scale: 2 }, result));
  } catch {
    pngScale = 1;
    pngMs = await time(1, () => exportDesign(design, { format: 'png', scale: 1 }, result));
  }
  const pdfMs = await time(runs, () => exportDesign(design, { format: 'pdf' }, result));
  const cells = [
    size.toLocaleString('en-US').padStart(6),
    design.edges.length.toLocaleString('en-US').padStart(6),
    svgMs.toFixed(0).padStart(6),
    `${(picture.svg.length / 1e6).toFixed(1)} MB`.padStart(8),
    `${pngMs.toFixed(0)}${pngScale === 1 ? ' (1x)' : ''}`.padStart(9),
    `${Math.round(picture.width * pngScale)} x ${Math.round(picture.height * pngScale)}`.padStart(13),
    pdfMs.toFixed(0).padStart(6),
    String(runs).padStart(4),
  ];
  console.log(`| ${cells.join(' | ')} |`);
}
