import { migration0001 } from './0001_designs';
import { migration0002 } from './0002_versions';
import { migration0003 } from './0003_history';
import { migration0004 } from './0004_practice';
import type { Migration } from './types';

/** Every migration in order; a new one is appended here, never inserted. */
export const migrations: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004];
export type { Migration };
