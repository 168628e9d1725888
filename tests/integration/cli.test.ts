import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'envelope.mjs');
const sample = join(root, 'docs', 'examples', 'url-shortener.envelope.json');

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  // From another directory, as `npx envelope` would be run from anywhere.
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: tmpdir(), encoding: 'utf8', timeout: 50_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('envelope estimate (headless CLI)', () => {
  it('prints the estimate of the sample design as documented JSON', () => {
    const { status, stdout } = run('estimate', sample, '--json');
    expect(status).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.envelope).toBe('estimate');
    expect(out.design).toEqual({ id: 'url-shortener', name: 'URL shortener' });
    const doc = JSON.parse(readFileSync(sample, 'utf8'));
    const redirect = doc.workload.operations.find((o: { id: string }) => o.id === 'redirect');
    const redirectRps = (doc.workload.dailyActiveUsers * redirect.requestsPerUserPerDay) / 86_400;
    expect(out.estimate.operations.find((o: { id: string }) => o.id === 'redirect').avgRps).toBeCloseTo(redirectRps, 6);
    expect(out.estimate.blocks).toHaveLength(doc.nodes.length);
    const app = out.estimate.blocks.find((b: { id: string }) => b.id === 'app');
    const appParams = doc.nodes.find((n: { id: string }) => n.id === 'app').params;
    expect(app.figures.rpsPerInstance).toBeCloseTo(64 / (appParams.cpuMsPerRequest / 1000), 6);
    expect(out.estimate.totals.avgRps).toBeGreaterThan(redirectRps);
  });

  it('never writes a control character from a design to the terminal', () => {
    // An ESC in a name would start an escape sequence (recolour, retitle, rewrite the screen).
    const doc = JSON.parse(readFileSync(sample, 'utf8'));
    doc.name = 'Evil \u001b[31mRED\u001b[0m \u0007 \u009b2J';
    doc.nodes[1].label = 'DNS \u001b]0;pwned\u0007';
    const dir = mkdtempSync(join(tmpdir(), 'envelope-cli-'));
    const file = join(dir, 'evil.envelope.json');
    writeFileSync(file, JSON.stringify(doc));
    for (const format of [[], ['--markdown']]) {
      const { status, stdout } = run('estimate', file, ...format);
      expect(status).toBe(0);
      expect(stdout).toContain('Evil');
      // eslint-disable-next-line no-control-regex
      expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
    // JSON escapes them, as JSON must.
    expect(JSON.parse(run('estimate', file, '--json').stdout).design.name).toBe(doc.name);
    // A file sent to standard output is the file: the same bytes as written with --out.
    const svgPath = join(dir, 'evil.envelope.svg');
    expect(run('export', file, '--format', 'svg', '--out', svgPath).status).toBe(0);
    expect(run('export', file, '--format', 'svg').stdout).toBe(readFileSync(svgPath, 'utf8'));
  });

  it('prints the readable Markdown report, worked math included, the same as export --format md', () => {
    const { status, stdout } = run('estimate', sample, '--markdown');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^# URL shortener\n/);
    expect(stdout).toContain('formula: RPS per instance = cores / CPU time per request (CPU-bound)');
    expect(stdout).toContain('formula: A = MTBF / (MTBF + MTTR)');
    // Blocks by name, not id; no scientific notation.
    expect(stdout).toContain('| URL database | SQL database |');
    expect(stdout).toContain('### URL service → URL cache');
    expect(stdout).not.toMatch(/\de[+-]\d/);
    expect(run('export', sample, '--format', 'md').stdout).toBe(stdout);
  });

  it('prints a short summary by default', () => {
    const { status, stdout } = run('estimate', sample);
    expect(status).toBe(0);
    expect(stdout).toMatch(/URL shortener: 10,000,000 daily users/);
    expect(stdout).toMatch(/Follow a short URL: 1,157 rps/);
  });

  it('refuses an invalid design with exit code 2 and names the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'envelope-cli-'));
    const bad = join(dir, 'bad.json');
    const doc = JSON.parse(readFileSync(sample, 'utf8'));
    doc.workload.operations[0].requestsPerUserPerDay = -3;
    writeFileSync(bad, JSON.stringify(doc));
    const r = run('estimate', bad, '--json');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('workload.operations.0.requestsPerUserPerDay');
    // A parameter out of its range is estimated with a warning, as the app does (cli-files.test.ts).
    writeFileSync(join(dir, 'broken.json'), '{"nodes": [');
    expect(run('estimate', join(dir, 'broken.json')).status).toBe(2);
  });

  it('explains its usage on bad arguments and a missing file', () => {
    expect(run('estimate').status).toBe(2);
    expect(run('estimate', sample, '--json', '--markdown').stderr).toContain('choose one of --json and --markdown');
    expect(run('estimate', join(tmpdir(), 'no-such-design.json')).status).toBe(1);
  });
});
