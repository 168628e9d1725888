// `npm run bench`: every bench/*.bench.ts in turn (each prints its own table), then the editor's
// frame-time bench in Chromium (bench/frames/run.ts), which builds what it measures.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benches = readdirSync(join(root, 'bench'))
  .filter((name) => name.endsWith('.bench.ts'))
  .sort()
  .map((name) => join('bench', name));

let failed = 0;
for (const bench of [...benches, join('bench', 'frames', 'run.ts')]) {
  console.log(`\n== ${bench}\n`);
  // One after another, never in parallel: each bench wants the machine to itself.
  const result = spawnSync('npx', ['tsx', bench], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${bench} failed (exit ${result.status ?? result.signal}).`);
    failed++;
  }
}
process.exit(failed ? 1 : 0);
