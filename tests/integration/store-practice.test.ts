import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { estimate } from '../../shared/estimate';
import { builtInPrompts, compareWorksheet, practiceDesign, reviewSession } from '../../shared/practice';
import { openLibrary, type Library } from '../../main/store/library';
import { DATABASE_FILE } from '../../main/store/open';

const dirs: string[] = [];
const libraries: Library[] = [];
afterEach(() => {
  while (libraries.length) libraries.pop()!.db.close();
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

let now = Date.parse('2026-12-07T09:00:00.000Z');
function open(dir?: string): { library: Library; dir: string } {
  const d = dir ?? mkdtempSync(join(tmpdir(), 'envelope-practice-'));
  if (!dir) dirs.push(d);
  const library = openLibrary(d, () => new Date((now += 1000)));
  libraries.push(library);
  return { library, dir: d };
}

const prompt = builtInPrompts.find((p) => p.id === 'url-shortener')!;

describe('practice sessions in the store', () => {
  it('migration 0004 makes the session, snapshot and prompt tables, and a session cascades to its snapshots', () => {
    const { library } = open();
    const cols = (t: string) => (library.db.prepare(`PRAGMA table_info(${t})`).all() as { name: string }[]).map((c) => c.name);
    expect(cols('practice_sessions')).toEqual(expect.arrayContaining(['id', 'design_id', 'prompt', 'minutes', 'elapsed_ms', 'worksheet', 'review', 'score']));
    expect(cols('practice_snapshots')).toEqual(['session_id', 'seq', 'elapsed_ms', 'phase', 'document']);
    expect(() => library.db.prepare("INSERT INTO practice_sessions (id, design_id, prompt_id, prompt_title, prompt, minutes, started_at) VALUES ('ps_x', 'd', 'p', 't', '{}', 50, 'now')").run()).toThrow(/CHECK/);
  });

  it('keep a session across reopening: clock, worksheet, checklist, snapshots in order, and the review with its score', () => {
    const { library, dir } = open();
    const design = library.designs.create('Practice: URL shortener');
    const session = library.practice.create(design.summary.id, prompt, 45);
    expect(session).toMatchObject({ minutes: 45, elapsedMs: 0, paused: false, revealed: false, endedAt: null, review: null });
    expect(session.prompt).toEqual(prompt);

    library.practice.update({ id: session.id, elapsedMs: 400_000, worksheet: { peakRps: { value: '25k', work: '1,160 × 11 × 2' } }, covered: ['shorten'] });
    const doc = practiceDesign(prompt, design.summary.id, 'Practice');
    library.practice.addSnapshot(session.id, 300_000, 'requirements', doc);
    const withBlock = { ...doc, nodes: [{ id: 'c', kind: 'client', label: 'Users', position: { x: 0, y: 0 }, params: {} }] };
    expect(library.practice.addSnapshot(session.id, 600_000, 'estimation', withBlock)).toEqual({ seq: 1 });

    const result = estimate(withBlock);
    const review = reviewSession({ prompt, design: withBlock, result, comparisons: compareWorksheet({ peakRps: { value: '25k', work: '' } }, result.totals), covered: ['shorten'] });
    const ended = library.practice.end(session.id, 900_000, JSON.parse(JSON.stringify(review)));
    expect(ended.endedAt).not.toBeNull();
    library.db.close();
    libraries.pop();

    const again = open(dir).library;
    const read = again.practice.get(session.id);
    expect(read).toMatchObject({ elapsedMs: 900_000, paused: true, covered: ['shorten'], worksheet: { peakRps: { value: '25k', work: '1,160 × 11 × 2' } } });
    expect(read.review?.overall).toBe(review.overall);
    expect(again.practice.snapshots(session.id).map((s) => [s.seq, s.phase, s.document.nodes.length])).toEqual([
      [0, 'requirements', 0],
      [1, 'estimation', 1],
    ]);
    expect(again.practice.list()).toEqual([expect.objectContaining({ id: session.id, promptTitle: prompt.title, score: review.overall, snapshots: 2 })]);
  });

  it('refuse to change an ended session, and to import a prompt with a built-in id', () => {
    const { library } = open();
    const session = library.practice.create('d_1', prompt, 35);
    const result = estimate(practiceDesign(prompt, 'd_1', 'P'));
    const review = reviewSession({ prompt, design: practiceDesign(prompt, 'd_1', 'P'), result, comparisons: [], covered: [] });
    library.practice.end(session.id, 1000, review);
    expect(() => library.practice.update({ id: session.id, elapsedMs: 5 })).toThrow(/has ended; start a new one/);
    expect(() => library.practice.importPrompt(prompt, builtInPrompts.map((p) => p.id))).toThrow(/built-in prompt; give your prompt another id/);
    const mine = { ...prompt, id: 'my-url-shortener', title: 'My URL shortener' };
    library.practice.importPrompt(mine, builtInPrompts.map((p) => p.id));
    expect(library.practice.prompts().map((p) => p.id)).toEqual(['my-url-shortener']);
  });

  it('name a missing session clearly', () => {
    const { library } = open();
    expect(() => library.practice.get('ps_nope')).toThrow(/no practice session with id "ps_nope"/);
  });

  it('upgrade a version-3 library without touching its designs', () => {
    const { dir } = open();
    libraries.pop()!.db.close();
    const raw = new Database(join(dir, DATABASE_FILE));
    expect(raw.pragma('user_version', { simple: true })).toBe(4);
    raw.close();
  });
});
