import type { StoreStatus } from '../../shared/api/historySchemas';
import { backupDate, listBackups } from './backups';
import { openLibrary, type Library } from './library';
import { checkRestorable, restorablePath, swapIn } from './restoreBackup';
import { listSetAside } from './setAside';

const when = (date: Date): string => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/**
 * The open library of one data folder, for the life of the app. It can be swapped for a backup
 * while running; `onOpen` hears of every (re)open so callers rebind to the new repositories.
 */
export class StoreSession {
  private library: Library;
  private restoredNote: string | undefined;

  constructor(
    private readonly dataDir: string,
    private readonly clock: () => Date,
    private readonly onOpen: (library: Library) => void,
  ) {
    this.library = openLibrary(dataDir, clock);
    onOpen(this.library);
  }

  get current(): Library {
    return this.library;
  }

  /** What the UI should tell the user about the library: damage found at start-up, a restore, libraries set aside. */
  status(): StoreStatus {
    const backups = listBackups(this.dataDir);
    const setAside = listSetAside(this.dataDir);
    const { damagedFile, damage, lastRestore, notice } = this.library.opening;
    let message = this.restoredNote ?? notice;
    if (message === undefined && damagedFile !== undefined) {
      const newest = backups[0];
      message =
        `Envelope's library was damaged (${damage ?? 'unreadable'}). It was kept as "${damagedFile}" in the data folder and a fresh library was started. ` +
        (newest ? `The newest backup is from ${when(backupDate(newest))}; you can restore it.` : 'There is no backup to restore.');
    }
    const replaced = setAside.filter((library) => library.reason === 'replaced');
    if (message === undefined && replaced.length > 0 && this.isEmpty()) {
      // What an earlier version left after a crash mid-restore: an empty library started beside the user's.
      message =
        `Your library is empty, but ${replaced.length === 1 ? 'a library was' : `${replaced.length} libraries were`} kept aside in the data folder ` +
        `(newest: "${replaced[0]!.fileName}"). If your designs are missing, restore it from "Earlier libraries".`;
    }
    return {
      ...(damagedFile ? { damagedFile } : {}),
      backups,
      ...(message ? { message } : {}),
      setAside,
      ...(lastRestore ? { lastRestore } : {}),
    };
  }

  /** Swap a backup or a set-aside library in for the current library, which is kept aside; then reopen. */
  restoreBackup(fileName: string): { restored: string; keptAs: string } {
    const source = restorablePath(this.dataDir, fileName);
    checkRestorable(source, fileName);
    // Merge the write-ahead log into the file, so the library is one file when it is kept aside.
    this.library.db.pragma('wal_checkpoint(TRUNCATE)');
    this.library.db.close();
    let keptAs: string;
    try {
      ({ keptAs } = swapIn(this.dataDir, source, fileName, this.clock()));
    } finally {
      // Reopen whatever is in place (start-up recovery undoes a swap cut short by an error), so
      // a failed swap never leaves the app on a closed database.
      this.library = openLibrary(this.dataDir, this.clock);
      this.onOpen(this.library);
    }
    const what = fileName.includes('.sqlite.') ? `The library "${fileName}"` : `The backup from ${when(backupDate(fileName))}`;
    this.restoredNote = `${what} was restored; the library it replaced was kept as "${keptAs}".`;
    return { restored: fileName, keptAs };
  }

  private isEmpty(): boolean {
    return this.library.db.prepare('SELECT COUNT(*) FROM designs').pluck().get() === 0;
  }

  close(): void {
    if (this.library.db.open) this.library.db.close();
  }
}
