import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getBlockKind } from '../../../shared/catalog';
import { estimate } from '../../../shared/estimate';
import { DesignSchema } from '../../../shared/model';
import { builtInPromptSources } from '../../../shared/practice/prompts';
import { builtInPrompts, parsePromptFile, practiceDesign, promptJsonSchemaText, PromptSchema, referenceToDesign } from '../../../shared/practice';

describe('built-in prompts', () => {
  it('are at least twelve, with distinct ids, each valid by the prompt schema', () => {
    expect(builtInPrompts.length).toBeGreaterThanOrEqual(12);
    expect(new Set(builtInPrompts.map((p) => p.id)).size).toBe(builtInPrompts.length);
    for (const source of builtInPromptSources) {
      const parsed = PromptSchema.safeParse(source);
      expect(parsed.success, `${source.id}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
    }
  });

  it('give a source for every scale figure, and say where the reference workload comes from', () => {
    for (const p of builtInPrompts) {
      for (const f of p.scale) expect(f.source.length, `${p.id}.${f.id}`).toBeGreaterThan(10);
      expect(p.reference.workloadSource.length, p.id).toBeGreaterThan(20);
    }
  });

  it('have hints for every phase', () => {
    for (const p of builtInPrompts) for (const [phase, hints] of Object.entries(p.hints)) expect(hints.length, `${p.id} ${phase}`).toBeGreaterThan(0);
  });

  it('name building blocks the catalog knows, and the reference design uses each of them', () => {
    for (const p of builtInPrompts) {
      const used = new Set(p.reference.nodes.map((n) => n.kind));
      for (const kind of p.buildingBlocks) {
        expect(getBlockKind(kind), `${p.id}: unknown kind ${kind}`).toBeDefined();
        expect(used.has(kind), `${p.id}: the reference design does not use ${kind}`).toBe(true);
      }
    }
  });

  it('each open as a valid design whose estimate has no error-level warning', () => {
    for (const p of builtInPrompts) {
      const design = DesignSchema.parse(referenceToDesign(p, `ref-${p.id}`));
      const errors = estimate(design).warnings.filter((w) => w.severity === 'error');
      expect(errors.map((w) => w.message), p.id).toEqual([]);
      expect(estimate(design).totals.peakRps, p.id).toBeGreaterThan(0);
    }
  });

  it('start the candidate with an empty design carrying the prompt’s workload, which estimates once a client is drawn', () => {
    const p = builtInPrompts.find((x) => x.id === 'url-shortener')!;
    const start = DesignSchema.parse(practiceDesign(p, 'practice-1', 'Practice'));
    expect(start.nodes).toEqual([]);
    expect(start.workload.dailyActiveUsers).toBe(p.reference.workload.dailyActiveUsers);
    const drawn = { ...start, nodes: [{ id: 'c', kind: 'client', label: 'Users', position: { x: 0, y: 0 }, params: {} }, { id: 'a', kind: 'appServer', label: 'App', position: { x: 200, y: 0 }, params: {} }], edges: [{ id: 'e', source: 'c', target: 'a', kind: 'sync' as const, label: '', params: {} }] };
    expect(estimate(drawn).totals.peakRps).toBeGreaterThan(0);
  });
});

describe('prompt files', () => {
  it('docs/practice-prompt.schema.json is the schema generated from PromptSchema (run npx tsx scripts/practiceSchema.ts)', () => {
    expect(readFileSync(join(process.cwd(), 'docs', 'practice-prompt.schema.json'), 'utf8')).toBe(promptJsonSchemaText());
  });

  it('docs/examples/practice-prompt.json, the template for writing one, is a valid prompt file', () => {
    const read = parsePromptFile(readFileSync(join(process.cwd(), 'docs', 'examples', 'practice-prompt.json'), 'utf8'));
    expect(read.ok && read.prompt.id).toBe('my-pastebin');
  });

  it('a built-in prompt written to JSON reads back as itself', () => {
    const p = builtInPrompts[0]!;
    const read = parsePromptFile(JSON.stringify(p));
    expect(read).toEqual({ ok: true, prompt: p });
  });

  it('a broken file gets an error that says what is wrong and where', () => {
    const notJson = parsePromptFile('{ nope');
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) expect(notJson.error).toMatch(/not valid JSON/);
    const bad = parsePromptFile(JSON.stringify({ ...builtInPrompts[0]!, scale: [{ id: 'x', label: 'X', value: -1, unit: 'u', source: 'somewhere' }] }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatch(/scale\.0\.value: a scale figure cannot be negative/);
  });
});
