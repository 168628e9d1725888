#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx envelope` works right after `npm install`
// with no build step. tsx is resolved from this file, not from the caller's directory.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const entry = join(here, '..', 'main', 'cli', 'index.ts');
const tsx = import.meta.resolve('tsx');
const child = spawnSync(process.execPath, ['--import', tsx, entry, ...process.argv.slice(2)], { stdio: 'inherit' });
if (child.error) {
  console.error(`envelope: could not start the CLI (${child.error.message})`);
  process.exit(1);
}
process.exit(child.status ?? 1);
