import { existsSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { LastRestore } from '../../shared/api/historySchemas';
import { atomicWriteFileSync } from '../files/atomicWrite';
import { DATABASE_FILE, RESTORE_JOURNAL, RESTORING_FILE } from './files';
import { DATABASE_SUFFIXES } from './setAside';

/**
 * The restore journal: written (atomically) before a restore touches the library and marked
 * finished after, so a start-up after a crash knows whether the restore took effect. It stays
 * after a finished restore: the data folder always says where its library came from.
 */
const FinishedSchema = z.object({ fileName: z.string(), keptAs: z.string(), startedAt: z.string() });
const JournalSchema = FinishedSchema.extend({
  finished: z.boolean(),
  /** The restore before this one, put back as the record if this one is undone. */
  previous: FinishedSchema.optional(),
});
export type RestoreJournal = z.infer<typeof JournalSchema>;

export function readJournal(dataDir: string): RestoreJournal | null {
  const path = join(dataDir, RESTORE_JOURNAL);
  if (!existsSync(path)) return null;
  try {
    const parsed = JournalSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeJournal(dataDir: string, journal: RestoreJournal): void {
  atomicWriteFileSync(join(dataDir, RESTORE_JOURNAL), `${JSON.stringify(journal, null, 2)}\n`);
}

export interface RestoreRecovery {
  lastRestore?: LastRestore;
  /** Set when this start-up found a restore cut short: what it found and did, for the user. */
  message?: string;
}

const sameFile = (a: string, b: string): boolean => {
  const sa = statSync(a);
  const sb = statSync(b);
  return sa.ino === sb.ino && sa.dev === sb.dev;
};

/**
 * Finish or undo a restore a crash cut short, before the library is opened. The library file is
 * only ever replaced by one rename of the complete copy, so while that copy is still there the
 * rename never happened: the library is the old one, and the extra name it was given is dropped.
 * With the copy gone, the rename happened: the library is the backup.
 */
export function recoverRestore(dataDir: string): RestoreRecovery {
  const journal = readJournal(dataDir);
  const temp = join(dataDir, RESTORING_FILE);
  const live = join(dataDir, DATABASE_FILE);
  const inProgress = journal !== null && !journal.finished;
  if (!inProgress) {
    // A copy whose journal was never written: the restore stopped before changing anything.
    rmSync(temp, { force: true });
    return journal ? { lastRestore: { fileName: journal.fileName, outcome: 'restored', startedAt: journal.startedAt, keptAs: journal.keptAs } } : {};
  }
  const keptAs = join(dataDir, journal.keptAs);
  if (existsSync(temp)) {
    rmSync(temp, { force: true });
    rmSync(`${keptAs}.partial`, { force: true });
    if (existsSync(keptAs)) {
      // The old library's second name (a hard link) or copy: the library itself is still in place.
      if (!existsSync(live)) {
        for (const s of DATABASE_SUFFIXES) if (existsSync(keptAs + s)) renameSync(keptAs + s, live + s);
      } else if (sameFile(keptAs, live) || statSync(keptAs).size === statSync(live).size) {
        rmSync(keptAs);
      }
    }
    // The library is what the restore before this one made it: that is the record again.
    if (journal.previous) writeJournal(dataDir, { ...journal.previous, finished: true });
    else rmSync(join(dataDir, RESTORE_JOURNAL), { force: true });
    return {
      lastRestore: { fileName: journal.fileName, outcome: 'interrupted', startedAt: journal.startedAt },
      message: `Envelope stopped while restoring "${journal.fileName}", before the restore took effect: your library is the one you had before it, unchanged. You can restore the backup again.`,
    };
  }
  writeJournal(dataDir, { ...journal, finished: true });
  return {
    lastRestore: { fileName: journal.fileName, outcome: 'restored', startedAt: journal.startedAt, keptAs: journal.keptAs },
    message: `"${journal.fileName}" was restored, but Envelope stopped before it could say so: your library is that copy. The library it replaced is kept as "${journal.keptAs}".`,
  };
}
