import type Database from 'better-sqlite3';
import { DesignRepository } from './designs';
import { openStore, type StoreOpening } from './open';
import { PracticeRepository } from './practice';
import { TrashRepository } from './trash';
import { VersionRepository } from './versions';

/** The repositories over one open library database. */
export interface Library {
  db: Database.Database;
  designs: DesignRepository;
  versions: VersionRepository;
  trash: TrashRepository;
  practice: PracticeRepository;
  opening: Omit<StoreOpening, 'db'>;
}

export function openLibrary(dataDir: string, clock: () => Date): Library {
  const { db, ...opening } = openStore(dataDir, clock());
  const versions = new VersionRepository(db, clock);
  return { db, designs: new DesignRepository(db, versions, clock), versions, trash: new TrashRepository(db), practice: new PracticeRepository(db, clock), opening };
}
