import type Database from 'better-sqlite3';
import { StoreSession } from './store/session';
import { libraryHandlers } from './handlers/library';
import { trashHandlers } from './handlers/trash';
import { historyHandlers } from './handlers/history';
import { fileHandlers } from './handlers/files';
import { storeHandlers } from './handlers/store';
import { estimateHandlers } from './handlers/estimate';
import { practiceHandlers } from './handlers/practice';
import { exportHandlers } from './handlers/export';
import { createDispatch, type Dispatch } from './handlers/dispatch';
import { memoizedSaveDesignInput } from './handlers/memoizedDesignInput';
import type { Handlers } from './handlers/types';

export interface Services {
  /** The library database open now (restoreBackup replaces it). */
  readonly db: Database.Database;
  handlers: Handlers;
  dispatch: Dispatch;
  close: () => void;
}

export interface ServiceOptions {
  /** The store's clock, for timestamps and checkpoint intervals; tests move it forward. */
  clock?: () => Date;
}

/** Everything both shells (Electron and the browser host) share, wired to one data folder. */
export function createServices(dataDir: string, options: ServiceOptions = {}): Services {
  // Dispatch looks handlers up on every call, so rebinding this object after a backup is
  // restored reaches both shells without rebinding IPC or HTTP.
  const handlers = {} as Handlers;
  const session = new StoreSession(dataDir, options.clock ?? (() => new Date()), (library) => {
    Object.assign(
      handlers,
      libraryHandlers(library.designs),
      trashHandlers(library.trash),
      historyHandlers(library.versions, library.designs),
      fileHandlers(library.designs),
      practiceHandlers(library.practice),
    );
  });
  Object.assign(handlers, storeHandlers(session), estimateHandlers(), exportHandlers());
  return {
    get db() {
      return session.current.db;
    },
    handlers,
    dispatch: createDispatch(handlers, console.error, { saveDesign: memoizedSaveDesignInput() }),
    close: () => session.close(),
  };
}
