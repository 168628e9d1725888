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

/**
 * A library the store set aside in the data folder: damaged at start-up, or replaced by a restore
 * (envelope.sqlite.replaced-20260501T120000123Z, with -2, -3 when one millisecond saw two).
 */
export const SET_ASIDE_FILE_PATTERN = /^envelope\.sqlite\.(damaged|replaced)-(\d{8}T\d{9}Z)(?:-(\d{1,4}))?$/;

/** What restoreBackup can put back: one of the backups, or a library that was set aside. */
export const RestorableFileNameSchema = z
  .string()
  .refine((name) => BACKUP_FILE_PATTERN.test(name) || SET_ASIDE_FILE_PATTERN.test(name), 'not the name of one of Envelope\'s backups or set-aside libraries');

export const SetAsideLibrarySchema = z.object({
  fileName: z.string(),
  /** damaged: start-up found it unreadable; replaced: a restore put another library in its place. */
  reason: z.enum(['damaged', 'replaced']),
  /** When it was set aside (ISO 8601), read from its name. */
  setAsideAt: z.string(),
});
export type SetAsideLibrary = z.infer<typeof SetAsideLibrarySchema>;

/** The last restore, as the data folder records it: whether it took effect, and what it set aside. */
export const LastRestoreSchema = z.object({
  /** The backup or set-aside library that was (or was being) put in place. */
  fileName: z.string(),
  /** restored: the library is that file's copy; interrupted: the app stopped mid-way and the library is the one from before. */
  outcome: z.enum(['restored', 'interrupted']),
  startedAt: z.string(),
  /** For a restore that took effect: the name the library it replaced was kept under. */
  keptAs: z.string().optional(),
});
export type LastRestore = z.infer<typeof LastRestoreSchema>;

export const StoreStatusSchema = z.object({
  /** File name (in the data folder) the damaged library was set aside as, this session. */
  damagedFile: z.string().optional(),
  /** Backup file names, newest first. */
  backups: z.array(z.string()),
  /** A sentence for the user about the library's state, when there is something to say. */
  message: z.string().optional(),
  /** Libraries set aside in the data folder (damaged or replaced), newest first; each can be restored. */
  setAside: z.array(SetAsideLibrarySchema).optional(),
  /** The last restore the data folder records (issue 18: a crash mid-restore is reported, never silent). */
  lastRestore: LastRestoreSchema.optional(),
});
export type StoreStatus = z.infer<typeof StoreStatusSchema>;
