// Finds the Chromium that the end-to-end tests and the frame bench drive, in the order a developer
// expects: CHROMIUM_PATH; Playwright's own browsers (`npx playwright install`, the usual case on
// macOS and Windows); the system's Chromium or Chrome; and otherwise Debian's chromium, which
// `ensureChromium` installs with apt-get when it runs as root (a fresh CI machine). Debian's build
// is a full Chromium that matches what our figures were measured with, and it needs no 60 MB
// Linux-only binary in every developer's node_modules.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

const systemPaths = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
  win32: [
    `${process.env['PROGRAMFILES'] ?? 'C:\\Program Files'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)'}\\Google\\Chrome\\Application\\chrome.exe`,
  ],
};

function executable(path) {
  try {
    accessSync(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function playwrightBrowser() {
  try {
    const { chromium } = require('playwright-core');
    const path = chromium.executablePath();
    return path && executable(path) ? path : undefined;
  } catch {
    // playwright-core throws when it knows no browser build for this platform.
    return undefined;
  }
}

/** The places looked at, in order, for messages that say exactly where nothing was found. */
export function placesLooked() {
  return [
    'CHROMIUM_PATH (not set)',
    "Playwright's browsers (`npx playwright install chromium`)",
    ...(systemPaths[process.platform] ?? []),
  ];
}

/** The Chromium to drive, as { path, source }, or undefined when there is none on this machine. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!executable(fromEnv)) throw new Error(`CHROMIUM_PATH is ${fromEnv}, which is not an executable file. Point it at a Chromium or Chrome binary, or unset it.`);
    return { path: fromEnv, source: 'CHROMIUM_PATH' };
  }
  const bundled = playwrightBrowser();
  if (bundled) return { path: bundled, source: "Playwright's own browser" };
  const system = (systemPaths[process.platform] ?? []).find(executable);
  if (system) return { path: system, source: 'the system' };
  return undefined;
}

function canApt() {
  return process.platform === 'linux' && process.getuid?.() === 0 && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** `apt-get update` then install one Debian package, or an error that ends with what to run instead. */
function aptInstall(pkg, instead) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', pkg]]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) throw new Error(`\`apt-get ${args.join(' ')}\` failed (exit ${result.status ?? result.signal}).\n\n${instead}`);
  }
}

/** What to run when there is no browser: every way to get one. */
export function howToGetOne() {
  return [
    'No Chromium for the end-to-end tests. Looked at:',
    ...placesLooked().map((place) => `  - ${place}`),
    'Install one, then run the tests again:',
    '  - Debian or Ubuntu: sudo apt-get install -y chromium',
    '  - any platform:     npx playwright install chromium',
    '  - or point at one:  CHROMIUM_PATH=/path/to/chrome npm test',
  ].join('\n');
}

/** findChromium, installing Debian's chromium first when none is found and apt-get runs as root. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (!canApt()) throw new Error(howToGetOne());
  console.log("No Chromium found for the end-to-end tests; installing Debian's chromium with apt-get (running as root) ...");
  aptInstall('chromium', howToGetOne());
  const installed = findChromium();
  if (!installed) throw new Error(`apt-get installed chromium, but no binary appeared.\n\n${howToGetOne()}`);
  return installed;
}

function onPath(command) {
  return spawnSync(command, ['-v'], { stdio: 'ignore' }).error === undefined;
}

/**
 * pdftoppm (poppler-utils) turns the exported PDF's pages into pictures for the export test to
 * look at; installed with apt-get as root like Chromium, else named with the command to run.
 */
export function ensurePdftoppm() {
  if (onPath('pdftoppm')) return;
  const how = 'The export end-to-end test renders PDF pages with pdftoppm. Install poppler:\n  - Debian or Ubuntu: sudo apt-get install -y poppler-utils\n  - macOS:            brew install poppler';
  if (!canApt()) throw new Error(how);
  console.log("pdftoppm not found; installing Debian's poppler-utils with apt-get (running as root) ...");
  aptInstall('poppler-utils', how);
}

// `node scripts/chromium.mjs`: make sure a browser (and pdftoppm) is there before Playwright starts.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const { path, source } = ensureChromium();
    console.log(`End-to-end tests drive ${path} (from ${source}).`);
    ensurePdftoppm();
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  }
}
