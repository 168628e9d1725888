import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * `npx envelope estimate --markdown` on every shipped example reads as a report a person can
 * follow: block names, not ids, as headings and in tables; numbers as people write them.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'envelope.mjs');
const examples = join(root, 'docs', 'examples');
const files = readdirSync(examples).filter((f) => f.endsWith('.envelope.json'));

describe('envelope estimate --markdown on the examples', () => {
  it.each(files)('%s reads as a report', (file) => {
    const path = join(examples, file);
    const r = spawnSync(process.execPath, [bin, 'estimate', path, '--markdown'], { cwd: tmpdir(), encoding: 'utf8', timeout: 50_000 });
    expect(r.status).toBe(0);
    const doc = JSON.parse(readFileSync(path, 'utf8')) as { nodes: { id: string; label: string }[]; edges: { id: string }[]; workload: { operations: { id: string; name: string }[] } };
    const headings = r.stdout.split('\n').filter((line) => line.startsWith('#'));
    // No heading is a raw id, or holds a connection's id (e-users-dns) or an internal id (op_x, n12).
    const rawIds = new Set([...doc.nodes.filter((n) => n.label && n.label !== n.id).map((n) => n.id), ...doc.workload.operations.filter((o) => o.name !== o.id).map((o) => o.id)]);
    for (const heading of headings) {
      const text = heading.replace(/^#+\s*/, '');
      expect(rawIds.has(text), `heading "${heading}" is an id`).toBe(false);
      for (const e of doc.edges) expect(heading).not.toContain(e.id);
      expect(heading).not.toMatch(/\b(?:op|n|g|e)_[a-z0-9]{6,}\b/);
    }
    // Every block appears by its name.
    for (const node of doc.nodes) expect(r.stdout).toContain(node.label || node.id);
    // No scientific notation anywhere (1.23e+5, 5e-10), in prose, tables or worked math.
    expect(r.stdout).not.toMatch(/\d(?:\.\d+)?e[+-]?\d/i);
    // Large numbers are grouped (no run of 5+ digits without separators, outside code and ids).
    const prose = r.stdout.replace(/```[\s\S]*?```/g, '');
    expect(prose).not.toMatch(/(?<![\w.#/-])\d{5,}(?![\w-])/);
  });
});
