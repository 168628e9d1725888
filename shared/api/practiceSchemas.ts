import { z } from 'zod';
import { DesignSchema, IdSchema } from '../model';
import { PHASES, PromptSchema } from '../practice/schema';
import { WorksheetSchema } from '../practice/worksheet';

/**
 * Schemas of the practice-session operations (issue 20), kept out of contract.ts so that file
 * stays a list of operations.
 */
export const PracticeIdSchema = z.string().regex(/^ps_[A-Za-z0-9_-]{1,60}$/, 'a practice session id starts with "ps_"');
export const SessionMinutesSchema = z.union([z.literal(35), z.literal(45), z.literal(60)]);
export const PhaseSchema = z.enum(PHASES);
const ElapsedMsSchema = z.number().int().min(0).max(24 * 3_600_000);

const n = z.number().finite();
const FigureComparisonSchema = z.object({
  id: z.string(),
  label: z.string(),
  unit: z.string(),
  typed: z.string(),
  work: z.string(),
  candidate: n.nullable(),
  engine: n.nullable(),
  engineKey: z.string().nullable(),
  // JSON has no Infinity: a figure against a zero is stored as null.
  ratio: n.nullable(),
  verdict: z.enum(['within2x', 'within10x', 'off', 'notGiven', 'unreadable', 'noEngineFigure']),
  note: z.string(),
});

/** A review as stored: the output of reviewSession (shared/practice/review). */
export const ReviewSchema = z.object({
  promptId: z.string(),
  overall: n.min(0).max(100),
  areas: z.array(z.object({ area: z.enum(['requirements', 'estimation', 'design', 'buildingBlocks']), label: z.string(), score: n.min(0).max(100), reasons: z.array(z.string()) })),
  requirements: z.array(z.object({ id: z.string(), text: z.string(), covered: z.boolean() })),
  estimation: z.array(FigureComparisonSchema),
  findings: z.array(z.object({ ruleId: z.string(), message: z.string(), blockId: z.string().optional(), title: z.string(), why: z.string() })),
  buildingBlocks: z.array(z.object({ kind: z.string(), name: z.string(), present: z.boolean() })),
});

export const PracticeSessionSchema = z.object({
  id: PracticeIdSchema,
  designId: IdSchema,
  prompt: PromptSchema,
  minutes: SessionMinutesSchema,
  startedAt: z.string(),
  /** Time on the clock so far; the renderer's timer reports it, so a reload resumes there. */
  elapsedMs: ElapsedMsSchema,
  paused: z.boolean(),
  worksheet: WorksheetSchema,
  covered: z.array(z.string()),
  revealed: z.boolean(),
  checked: z.boolean(),
  endedAt: z.string().nullable(),
  review: ReviewSchema.nullable(),
});

export const PracticeSummarySchema = z.object({
  id: PracticeIdSchema,
  designId: IdSchema,
  promptId: z.string(),
  promptTitle: z.string(),
  minutes: SessionMinutesSchema,
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  score: z.number().nullable(),
  snapshots: z.number().int().nonnegative(),
});

export const PracticeSnapshotSchema = z.object({ seq: z.number().int().nonnegative(), elapsedMs: ElapsedMsSchema, phase: PhaseSchema, document: DesignSchema });

export const PracticeUpdateSchema = z.object({
  id: PracticeIdSchema,
  elapsedMs: ElapsedMsSchema.optional(),
  paused: z.boolean().optional(),
  worksheet: WorksheetSchema.optional(),
  covered: z.array(z.string().max(60)).max(40).optional(),
  revealed: z.boolean().optional(),
  checked: z.boolean().optional(),
});

export type PracticeSession = z.infer<typeof PracticeSessionSchema>;
export type PracticeSummary = z.infer<typeof PracticeSummarySchema>;
export type PracticeSnapshot = z.infer<typeof PracticeSnapshotSchema>;
export type StoredReview = z.infer<typeof ReviewSchema>;
