import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, howToGetOne } from './scripts/chromium.mjs';

/**
 * End-to-end tests drive a Chromium found by scripts/chromium.mjs (CHROMIUM_PATH, Playwright's
 * browsers, the system's; `npm run test:e2e` installs Debian's when root and none is found) against
 * the production build served by the browser host, with a throwaway data folder the tests can open
 * directly.
 */
const browser = findChromium();
if (!browser) throw new Error(howToGetOne());
// Workers load this file again; the resolved path travels to them through the environment.
process.env.CHROMIUM_PATH = browser.path;

const port = Number(process.env.E2E_PORT ?? 5199);
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'envelope-e2e-'));
process.env.E2E_DATA_DIR = dataDir;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'artifacts/test-results',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: browser.path,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  webServer: {
    command: `node out/main/host.js --port ${port} --data-dir ${dataDir}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
