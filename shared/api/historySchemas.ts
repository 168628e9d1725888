import { z } from 'zod';
import { ChangeSummarySchema } from '../model/changeSummary';

/**
 * Schemas for the history, trash, file and store operations, kept out of contract.ts so that
 * file stays a list of operations. (Those that extend DesignSummarySchema live in contract.ts,
 * which defines it.)
 */
export const VersionIdSchema = z.number().int().positive();

/** Why a version exists: a timed checkpoint, a name the user gave, a restore, or an imported file. */
export const VersionKindSchema = z.enum(['auto', 'named', 'restore', 'import']);
export type VersionKind = z.infer<typeof VersionKindSchema>;

export const VersionInfoSchema = z.object({
  id: VersionIdSchema,
  /** The user's name for a named version, the file name for an import, else null. */
  label: z.string().nullable(),
  createdAt: z.string(),
  kind: VersionKindSchema,
  /** Difference from the version before it; null for versions recorded before summaries existed. */
  summary: ChangeSummarySchema.nullable(),
  /** For a restore: the version it brought back (which may since have been pruned). */
  restoredFrom: VersionIdSchema.nullable(),
});
export type VersionInfo = z.infer<typeof VersionInfoSchema>;

export const VersionLabelSchema = z
  .string()
  .trim()
  .min(1, 'a version needs a name')
  .max(200, 'a version name is at most 200 characters');

/** Backups are made by the store itself and only ever named like this, so a name can be checked exactly. */
export const BACKUP_FILE_PATTERN = /^envelope-v\d{1,4}-\d{8}T\d{9}Z\.sqlite$/;
export const BackupFileNameSchema = z.string().regex(BACKUP_FILE_PATTERN, 'not the name of one of Envelope\'s backups');

export const StoreStatusSchema = z.object({
  /** File name (in the data folder) the damaged library was set aside as, this session. */
  damagedFile: z.string().optional(),
  /** Backup file names, newest first. */
  backups: z.array(z.string()),
  /** A sentence for the user about the library's state, when there is something to say. */
  message: z.string().optional(),
});
export type StoreStatus = z.infer<typeof StoreStatusSchema>;
