// `npm run security`: Doyensec's electronegativity over main/, renderer/ and shared/, offline.
//
// The three folders are copied side by side into one temporary folder and scanned together:
// its global checks (navigation limits, permission handler, CSP) must see the whole app at once,
// or a guard that lives in main/ would be reported missing from renderer/. The run fails on
// any HIGH or MEDIUM finding. A check that does not apply is silenced where it fires, with
// `/* eng-disable CHECK_ID */` and a one-line reason beside it.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const FOLDERS = ['main', 'renderer', 'shared'];
// AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK downloads Electron's release list (no timeout, retries):
// it cannot run offline. Electron's version is pinned in package.json and upgraded on purpose.
const EXCLUDED = ['AvailableSecurityFixesGlobalCheck'];
const FAILING = new Set(['HIGH', 'MEDIUM']);

async function scan() {
  const folders = FOLDERS.filter((folder) => existsSync(join(root, folder)));
  const skipped = FOLDERS.filter((folder) => !folders.includes(folder));
  const work = mkdtempSync(join(tmpdir(), 'envelope-electronegativity-'));
  try {
    for (const folder of folders) {
      cpSync(join(root, folder), join(work, folder), { recursive: true, filter: (path) => !path.includes('node_modules') });
    }
    const run = require('@doyensec/electronegativity');
    const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
    const result = await quietly(() =>
      run({
        input: work,
        isRelative: true,
        electronVersionOverride: electronVersion,
        excludeFromScan: EXCLUDED,
      }),
    );
    return { ...result, folders, skipped, electronVersion };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The library chats on stdout (translations it cannot fetch offline); keep only our report. */
async function quietly(task) {
  const log = console.log;
  console.log = () => {};
  try {
    return await task();
  } finally {
    console.log = log;
  }
}

function describe(issue) {
  const where = issue.file === 'N/A' ? '(whole app)' : `${issue.file}:${issue.location.line}:${issue.location.column}`;
  return `  ${issue.severity.name.padEnd(13)} ${issue.id}  ${where}\n      ${issue.description}${issue.shortenedURL ? ` (${issue.shortenedURL})` : ''}`;
}

/**
 * Its CSP check only reads policies written as string literals; ours is built in
 * main/security/csp.ts, so the same evaluator (Google's CSP Evaluator) is run on it here.
 * Its HIGH and MEDIUM findings (e.g. 'unsafe-inline' or a wildcard in script-src) fail the run.
 */
async function evaluatePolicy() {
  const csp = require('@doyensec/csp-evaluator');
  const { CONTENT_SECURITY_POLICY } = await tsImport('../main/security/csp.ts', import.meta.url);
  const findings = new csp.CspEvaluator(new csp.CspParser(CONTENT_SECURITY_POLICY).csp, csp.Version.CSP3).evaluate();
  const name = (severity) => Object.keys(csp.severities).find((key) => csp.severities[key] === severity) ?? String(severity);
  return findings.map((finding) => ({
    severity: name(finding.severity),
    text: `${finding.directive} ${finding.value ?? ''}: ${finding.description}`,
  }));
}

const started = Date.now();
const { issues, errors, folders, skipped, electronVersion, globalChecks, atomicChecks } = await scan();
const seconds = ((Date.now() - started) / 1000).toFixed(1);

console.log(`electronegativity: ${atomicChecks} file checks and ${globalChecks} app-wide checks over ${folders.join('/, ')}/ (Electron ${electronVersion}) in ${seconds}s`);
if (skipped.length > 0) console.log(`  not present, skipped: ${skipped.join(', ')}`);
console.log(`  excluded: ${EXCLUDED.join(', ')} (needs the network)`);

for (const error of errors) {
  console.log(`  ${error.tolerable ? 'parse warning' : 'COULD NOT PARSE'} ${error.file}: ${error.message}`);
}

const bySeverity = (name) => issues.filter((issue) => issue.severity.name === name);
for (const name of ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL']) {
  const found = bySeverity(name);
  if (found.length > 0) console.log(`\n${name}: ${found.length}\n${found.map(describe).join('\n')}`);
}

const policyFindings = await evaluatePolicy();
console.log(`\nCONTENT_SECURITY_POLICY (main/security/csp.ts), evaluated directly: ${policyFindings.length} finding(s)`);
for (const finding of policyFindings) console.log(`  ${finding.severity.padEnd(13)} ${finding.text}`);

const failing = issues.filter((issue) => FAILING.has(issue.severity.name));
const weakPolicy = policyFindings.filter((finding) => FAILING.has(finding.severity));
const unparsed = errors.filter((error) => !error.tolerable);
if (failing.length > 0 || weakPolicy.length > 0 || unparsed.length > 0) {
  console.error(
    `\nelectronegativity: ${failing.length} high/medium finding(s), ${weakPolicy.length} in the CSP, ${unparsed.length} file(s) it could not read. Fix them, or silence a check that does not apply with /* eng-disable CHECK_ID */ and a reason.`,
  );
  process.exit(1);
}
console.log(`\nelectronegativity: no high or medium findings (${issues.length} low/informational).`);
