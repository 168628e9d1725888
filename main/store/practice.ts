import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { ApiFailure } from '../../shared/api/result';
import {
  PracticeSessionSchema,
  ReviewSchema,
  type PracticeSession,
  type PracticeSnapshot,
  type PracticeSummary,
  type StoredReview,
} from '../../shared/api/practiceSchemas';
import { newId, restoreDesign, type Design } from '../../shared/model';
import { PromptSchema, type Phase, type Prompt } from '../../shared/practice/schema';
import { WorksheetSchema, type Worksheet } from '../../shared/practice/worksheet';

interface SessionRow {
  id: string;
  design_id: string;
  prompt: string;
  minutes: number;
  started_at: string;
  elapsed_ms: number;
  paused: number;
  worksheet: string;
  covered: string;
  revealed: number;
  checked: number;
  ended_at: string | null;
  review: string | null;
}

/** Parse a JSON column with its schema; a damaged column is an error that names the session. */
function column<T>(schema: z.ZodType<T>, text: string, what: string, id: string): T {
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new ApiFailure('internal', `practice session ${id}: its stored ${what} cannot be read`);
  return parsed.data;
}

/**
 * Practice sessions, their snapshots and imported prompts. Every write is one statement or one
 * transaction; the session's design itself lives in the designs table like any other.
 */
export class PracticeRepository {
  private readonly s;

  constructor(
    private readonly db: Database.Database,
    private readonly clock: () => Date,
  ) {
    this.s = {
      insert: db.prepare(
        'INSERT INTO practice_sessions (id, design_id, prompt_id, prompt_title, prompt, minutes, started_at) VALUES (@id, @designId, @promptId, @title, @prompt, @minutes, @startedAt)',
      ),
      get: db.prepare('SELECT * FROM practice_sessions WHERE id = ?'),
      update: db.prepare(
        'UPDATE practice_sessions SET elapsed_ms = @elapsed, paused = @paused, worksheet = @worksheet, covered = @covered, revealed = @revealed, checked = @checked WHERE id = @id',
      ),
      end: db.prepare('UPDATE practice_sessions SET elapsed_ms = @elapsed, paused = 1, ended_at = @endedAt, review = @review, score = @score WHERE id = @id'),
      list: db.prepare(
        `SELECT s.id, s.design_id, s.prompt_id, s.prompt_title, s.minutes, s.started_at, s.ended_at, s.score,
                (SELECT count(*) FROM practice_snapshots p WHERE p.session_id = s.id) AS snapshots
           FROM practice_sessions s ORDER BY s.started_at DESC, s.rowid DESC`,
      ),
      nextSeq: db.prepare('SELECT coalesce(max(seq), -1) + 1 FROM practice_snapshots WHERE session_id = ?').pluck(),
      addSnapshot: db.prepare('INSERT INTO practice_snapshots (session_id, seq, elapsed_ms, phase, document) VALUES (?, ?, ?, ?, ?)'),
      snapshots: db.prepare('SELECT seq, elapsed_ms, phase, document FROM practice_snapshots WHERE session_id = ? ORDER BY seq'),
      putPrompt: db.prepare('INSERT INTO practice_prompts (id, prompt, imported_at) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET prompt = excluded.prompt, imported_at = excluded.imported_at'),
      prompts: db.prepare('SELECT id, prompt FROM practice_prompts ORDER BY imported_at DESC, id'),
    };
  }

  create(designId: string, prompt: Prompt, minutes: 35 | 45 | 60): PracticeSession {
    const id = newId('ps');
    this.s.insert.run({ id, designId, promptId: prompt.id, title: prompt.title, prompt: JSON.stringify(prompt), minutes, startedAt: this.clock().toISOString() });
    return this.get(id);
  }

  get(id: string): PracticeSession {
    const row = this.s.get.get(id) as SessionRow | undefined;
    if (!row) throw new ApiFailure('notFound', `no practice session with id "${id}"; it may belong to another library`);
    return PracticeSessionSchema.parse({
      id: row.id,
      designId: row.design_id,
      prompt: column(PromptSchema, row.prompt, 'prompt', id),
      minutes: row.minutes,
      startedAt: row.started_at,
      elapsedMs: row.elapsed_ms,
      paused: row.paused === 1,
      worksheet: column(WorksheetSchema, row.worksheet, 'worksheet', id),
      covered: JSON.parse(row.covered) as string[],
      revealed: row.revealed === 1,
      checked: row.checked === 1,
      endedAt: row.ended_at,
      review: row.review === null ? null : column(ReviewSchema, row.review, 'review', id),
    });
  }

  /** Save the clock, worksheet and checklist; an ended session is read-only. */
  update(patch: { id: string; elapsedMs?: number; paused?: boolean; worksheet?: Worksheet; covered?: string[]; revealed?: boolean; checked?: boolean }): PracticeSession {
    const now = this.get(patch.id);
    if (now.endedAt) throw new ApiFailure('conflict', 'this practice session has ended; start a new one to practise again');
    this.s.update.run({
      id: patch.id,
      elapsed: patch.elapsedMs ?? now.elapsedMs,
      paused: (patch.paused ?? now.paused) ? 1 : 0,
      worksheet: JSON.stringify(patch.worksheet ?? now.worksheet),
      covered: JSON.stringify(patch.covered ?? now.covered),
      revealed: (patch.revealed ?? now.revealed) ? 1 : 0,
      checked: (patch.checked ?? now.checked) ? 1 : 0,
    });
    return this.get(patch.id);
  }

  addSnapshot(id: string, elapsedMs: number, phase: Phase, document: Design): { seq: number } {
    this.get(id);
    return this.db.transaction(() => {
      const seq = this.s.nextSeq.get(id) as number;
      this.s.addSnapshot.run(id, seq, elapsedMs, phase, JSON.stringify(document));
      return { seq };
    })();
  }

  snapshots(id: string): PracticeSnapshot[] {
    this.get(id);
    const rows = this.s.snapshots.all(id) as { seq: number; elapsed_ms: number; phase: Phase; document: string }[];
    // Snapshots go through the same repair step as any document read from disk; a damaged one is
    // left out of the replay rather than stopping it.
    return rows.flatMap((r) => {
      const restored = restoreDesign(r.document);
      return restored.ok ? [{ seq: r.seq, elapsedMs: r.elapsed_ms, phase: r.phase, document: restored.design }] : [];
    });
  }

  end(id: string, elapsedMs: number, review: StoredReview): PracticeSession {
    const now = this.get(id);
    if (now.endedAt) return now;
    this.s.end.run({ id, elapsed: elapsedMs, endedAt: this.clock().toISOString(), review: JSON.stringify(review), score: Math.round(review.overall) });
    return this.get(id);
  }

  list(): PracticeSummary[] {
    const rows = this.s.list.all() as { id: string; design_id: string; prompt_id: string; prompt_title: string; minutes: 35 | 45 | 60; started_at: string; ended_at: string | null; score: number | null; snapshots: number }[];
    return rows.map((r) => ({ id: r.id, designId: r.design_id, promptId: r.prompt_id, promptTitle: r.prompt_title, minutes: r.minutes, startedAt: r.started_at, endedAt: r.ended_at, score: r.score, snapshots: r.snapshots }));
  }

  importPrompt(prompt: Prompt, builtInIds: readonly string[]): Prompt {
    if (builtInIds.includes(prompt.id)) throw new ApiFailure('conflict', `"${prompt.id}" is the id of a built-in prompt; give your prompt another id`);
    this.s.putPrompt.run(prompt.id, JSON.stringify(prompt), this.clock().toISOString());
    return prompt;
  }

  prompts(): Prompt[] {
    const rows = this.s.prompts.all() as { id: string; prompt: string }[];
    // A stored prompt that no longer parses is skipped rather than hiding every other one.
    return rows.flatMap((r) => {
      const parsed = PromptSchema.safeParse(JSON.parse(r.prompt));
      return parsed.success ? [parsed.data] : [];
    });
  }
}
