import type { StoreSession } from '../store/session';
import type { Handlers } from './types';

/** The library file's health: what start-up found, the backups, and putting one back. */
export function storeHandlers(session: StoreSession): Pick<Handlers, 'storeStatus' | 'restoreBackup'> {
  return {
    storeStatus: () => session.status(),
    restoreBackup: ({ fileName }) => session.restoreBackup(fileName),
  };
}
