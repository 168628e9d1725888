import { z } from 'zod';
import { DesignPatchSchema, DesignSchema, IdSchema } from '../model';
import type { OperationName } from './operations';
import { FIELD_LIMITS, MAX_FILE_NAME_CHARS } from './limits';
import type { EstimateResultJson } from '../estimate/json';
import { RestorableFileNameSchema, StoreStatusSchema, VersionIdSchema, VersionInfoSchema, VersionLabelSchema } from './historySchemas';
import { PhaseSchema, PracticeIdSchema, PracticeSessionSchema, PracticeSnapshotSchema, PracticeSummarySchema, PracticeUpdateSchema, ReviewSchema, SessionMinutesSchema } from './practiceSchemas';
import { PromptSchema } from '../practice/schema';
import { ExportOptionsSchema } from '../render/options';

/**
 * The one contract between renderer and main. Every operation is declared here once, with the
 * schema of its input and output. The preload exposes one method per entry, the IPC binding and
 * the browser host validate against the same schemas, and the client is typed from them.
 */
const NameSchema = z
  .string()
  .trim()
  .min(1, 'a design needs a name')
  .max(FIELD_LIMITS.nameChars, `a name is at most ${FIELD_LIMITS.nameChars} characters`);

export const DesignSummarySchema = z.object({
  id: IdSchema,
  name: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  blockCount: z.number().int().nonnegative(),
  /** Set when the stored document cannot be read; the design is listed so it can be deleted or repaired. */
  problem: z.string().optional(),
});
export type DesignSummary = z.infer<typeof DesignSummarySchema>;

export const DesignRecordSchema = z.object({
  summary: DesignSummarySchema,
  document: DesignSchema,
  /** What the restore step changed while loading, to tell the user. */
  repairs: z.array(z.string()),
});
export type DesignRecord = z.infer<typeof DesignRecordSchema>;

const ById = z.object({ id: IdSchema });

// `satisfies` with excess-property checks keeps this in step with operations.ts both ways.
export const contract = {
  listDesigns: { input: z.object({}), output: z.array(DesignSummarySchema) },
  createDesign: { input: z.object({ name: NameSchema }), output: DesignRecordSchema },
  getDesign: { input: ById, output: DesignRecordSchema },
  saveDesign: { input: z.object({ id: IdSchema, document: DesignSchema }), output: DesignSummarySchema },
  /** The change since the last save, element by element: what a closing page can still send (issue 18). */
  saveDesignChanges: { input: z.object({ id: IdSchema, changes: DesignPatchSchema }), output: DesignSummarySchema },
  renameDesign: { input: z.object({ id: IdSchema, name: NameSchema }), output: DesignSummarySchema },
  duplicateDesign: { input: z.object({ id: IdSchema, name: NameSchema.optional() }), output: DesignSummarySchema },
  deleteDesign: { input: ById, output: z.object({ id: IdSchema }) },
  // Recent designs, the trash, history, files and the store's health (issue 5).
  listRecent: {
    input: z.object({ limit: z.number().int().min(1).max(50).default(10) }),
    output: z.array(DesignSummarySchema.extend({ openedAt: z.string() })),
  },
  listTrash: { input: z.object({}), output: z.array(DesignSummarySchema.extend({ deletedAt: z.string() })) },
  restoreDesign: { input: ById, output: DesignSummarySchema },
  purgeDesign: { input: ById, output: z.object({ id: IdSchema }) },
  emptyTrash: { input: z.object({}), output: z.object({ purged: z.number().int().nonnegative() }) },
  listVersions: { input: z.object({ designId: IdSchema }), output: z.array(VersionInfoSchema) },
  getVersion: {
    input: z.object({ designId: IdSchema, versionId: VersionIdSchema }),
    output: z.object({ version: VersionInfoSchema, document: DesignSchema }),
  },
  saveVersion: { input: z.object({ designId: IdSchema, label: VersionLabelSchema }), output: VersionInfoSchema },
  restoreVersion: {
    input: z.object({ designId: IdSchema, versionId: VersionIdSchema }),
    output: z.object({ checkpoint: VersionInfoSchema.nullable(), restored: VersionInfoSchema, design: DesignRecordSchema }),
  },
  exportDesignFile: { input: ById, output: z.object({ fileName: z.string(), text: z.string() }) },
  importDesignFile: {
    input: z.object({ fileName: z.string().max(MAX_FILE_NAME_CHARS), text: z.string() }),
    output: z.object({ summary: DesignSummarySchema, warnings: z.array(z.string()) }),
  },
  storeStatus: { input: z.object({}), output: StoreStatusSchema },
  restoreBackup: {
    input: z.object({ fileName: RestorableFileNameSchema }),
    output: z.object({ restored: z.string(), keptAs: z.string() }),
  },
  /** The engine over a design document; the result's typed-array columns as plain arrays (JSON). */
  estimate: { input: z.object({ document: DesignSchema }), output: z.custom<EstimateResultJson>() },
  // Practice sessions (issue 20): the session, its timeline of snapshots, its review; imported prompts.
  createPracticeSession: { input: z.object({ designId: IdSchema, prompt: PromptSchema, minutes: SessionMinutesSchema }), output: PracticeSessionSchema },
  getPracticeSession: { input: z.object({ id: PracticeIdSchema }), output: PracticeSessionSchema },
  updatePracticeSession: { input: PracticeUpdateSchema, output: PracticeSessionSchema },
  addPracticeSnapshot: {
    input: z.object({ id: PracticeIdSchema, elapsedMs: z.number().int().min(0).max(24 * 3_600_000), phase: PhaseSchema, document: DesignSchema }),
    output: z.object({ seq: z.number().int().nonnegative() }),
  },
  endPracticeSession: { input: z.object({ id: PracticeIdSchema, elapsedMs: z.number().int().min(0).max(24 * 3_600_000), review: ReviewSchema }), output: PracticeSessionSchema },
  listPracticeSessions: { input: z.object({}), output: z.array(PracticeSummarySchema) },
  listPracticeSnapshots: { input: z.object({ id: PracticeIdSchema }), output: z.array(PracticeSnapshotSchema) },
  importPracticePrompt: { input: z.object({ prompt: PromptSchema }), output: PromptSchema },
  listPracticePrompts: { input: z.object({}), output: z.array(PromptSchema) },
  /**
   * A picture or report of a design (issue 19): SVG, PNG, PDF, Markdown or Mermaid, made in main
   * (PNG and PDF need native code). The bytes as base64, to cross IPC and JSON alike.
   */
  exportDesign: {
    input: z.object({ document: DesignSchema, options: ExportOptionsSchema }),
    output: z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() }),
  },
} as const satisfies { [K in OperationName]: { input: z.ZodType; output: z.ZodType } };

export type Contract = typeof contract;

/** What a caller passes (before defaults are applied). */
export type OperationInput<K extends OperationName> = z.input<Contract[K]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<K extends OperationName> = z.output<Contract[K]['input']>;
export type OperationOutput<K extends OperationName> = z.output<Contract[K]['output']>;

