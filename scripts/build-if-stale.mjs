// Rebuild out/ when any source is newer than the last build, so `npm run web` never serves stale code.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['main', 'renderer', 'shared', 'assets', 'electron.config.ts', 'package.json'];
const OUTPUTS = ['out/main/host.js', 'out/renderer/index.html'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let max = 0;
  for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)));
  return max;
}

export function buildIfStale(root) {
  const built = Math.min(...OUTPUTS.map((p) => (existsSync(join(root, p)) ? statSync(join(root, p)).mtimeMs : 0)));
  const source = Math.max(...SOURCES.map((p) => newest(join(root, p))));
  if (built > source) return;
  console.log(built === 0 ? 'Building Envelope…' : 'Sources changed since the last build; rebuilding…');
  const result = spawnSync('npx', ['electron-vite', 'build', '--config', 'electron.config.ts'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('The build failed; see the errors above.');
    process.exit(result.status ?? 1);
  }
}
