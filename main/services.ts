import type Database from 'better-sqlite3';
import { openDatabase } from './store/open';
import { DesignRepository } from './store/designs';
import { libraryHandlers } from './handlers/library';
import { createDispatch, type Dispatch } from './handlers/dispatch';
import type { Handlers } from './handlers/types';

export interface Services {
  db: Database.Database;
  handlers: Handlers;
  dispatch: Dispatch;
  close: () => void;
}

/** Everything both shells (Electron and the browser host) share, wired to one data folder. */
export function createServices(dataDir: string): Services {
  const db = openDatabase(dataDir);
  const designs = new DesignRepository(db);
  const handlers: Handlers = { ...libraryHandlers(designs) };
  return { db, handlers, dispatch: createDispatch(handlers), close: () => db.close() };
}
