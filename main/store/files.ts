/** The names of the store's own files in the data folder. */
export const DATABASE_FILE = 'envelope.sqlite';
/** A restore's copy of the backup, renamed over the library in one step once it is complete. */
export const RESTORING_FILE = `${DATABASE_FILE}.restoring`;
/** What the restore under way (or the last one) is doing; read at start-up to finish or undo it. */
export const RESTORE_JOURNAL = `${DATABASE_FILE}.restore.json`;
