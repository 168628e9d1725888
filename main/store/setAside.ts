import { existsSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { SET_ASIDE_FILE_PATTERN, type SetAsideLibrary } from '../../shared/api/historySchemas';
import { compactStamp } from './backups';

export type SetAsideReason = SetAsideLibrary['reason'];

/** The files of one SQLite database: the main file and, in WAL mode, its log and shared memory. */
export const DATABASE_SUFFIXES = ['', '-wal', '-shm'] as const;

/**
 * A free name to set a library aside under: envelope.sqlite.<reason>-<stamp>, with -2, -3 ... when
 * that name (or its -wal or -shm) is taken, so a second set-aside in the same millisecond can never
 * rename over the first.
 */
export function setAsideName(dataDir: string, fileName: string, reason: SetAsideReason, now: Date): string {
  const base = `${fileName}.${reason}-${compactStamp(now)}`;
  const taken = (name: string): boolean => DATABASE_SUFFIXES.some((s) => existsSync(join(dataDir, name + s)));
  let name = base;
  for (let n = 2; taken(name); n++) name = `${base}-${n}`;
  return name;
}

/**
 * Set a database aside under a new name, with its WAL and shared-memory files renamed to match so
 * the set can still be opened for recovery. Returns the new file name.
 */
export function setAside(dataDir: string, fileName: string, reason: SetAsideReason, now: Date): string {
  const keptAs = setAsideName(dataDir, fileName, reason, now);
  for (const suffix of DATABASE_SUFFIXES) {
    const from = join(dataDir, fileName + suffix);
    if (existsSync(from)) renameSync(from, join(dataDir, keptAs + suffix));
  }
  return keptAs;
}

/** 20260501T120000123Z -> 2026-05-01T12:00:00.123Z */
const isoFromStamp = (s: string): string =>
  `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;

/** Libraries set aside in the data folder, newest first. */
export function listSetAside(dataDir: string): SetAsideLibrary[] {
  if (!existsSync(dataDir)) return [];
  const found: (SetAsideLibrary & { n: number })[] = [];
  for (const fileName of readdirSync(dataDir)) {
    const match = SET_ASIDE_FILE_PATTERN.exec(fileName);
    if (!match) continue;
    found.push({ fileName, reason: match[1] as SetAsideReason, setAsideAt: isoFromStamp(match[2]!), n: Number(match[3] ?? 1) });
  }
  found.sort((a, b) => (a.setAsideAt === b.setAsideAt ? b.n - a.n : a.setAsideAt < b.setAsideAt ? 1 : -1));
  return found.map(({ n: _n, ...library }) => library);
}
