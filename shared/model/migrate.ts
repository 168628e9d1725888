import { CURRENT_SCHEMA_VERSION } from './design';

/**
 * Document migrations, one per schema version, tldraw-style: `migrations[n]` lifts a raw
 * version-n object to version n+1. They run on plain objects before validation, so each may
 * only assume what its own version guaranteed.
 */
export const documentMigrations: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 0 was the pre-release shape: `blocks`/`links` instead of `nodes`/`edges`.
  0: (doc) => {
    const { blocks, links, ...rest } = doc;
    return {
      ...rest,
      nodes: rest.nodes ?? blocks ?? [],
      edges: rest.edges ?? links ?? [],
      schemaVersion: 1,
    };
  },
};

export type MigrationOutcome =
  | { ok: true; doc: Record<string, unknown>; migratedFrom: number | null }
  | { ok: false; reason: 'newer' | 'invalid'; message: string };

/** Lift a raw document to the current schema version, or say why that is impossible. */
export function migrateDocument(doc: Record<string, unknown>): MigrationOutcome {
  const raw = doc.schemaVersion;
  const version = raw === undefined ? 0 : raw;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return {
      ok: false,
      reason: 'invalid',
      message: `schemaVersion must be a whole number, found ${JSON.stringify(raw)}`,
    };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      reason: 'newer',
      message: `this design uses schemaVersion ${version}, made by a newer Envelope; this build reads up to version ${CURRENT_SCHEMA_VERSION}. Update Envelope to open it.`,
    };
  }
  let current = doc;
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v++) {
    const step = documentMigrations[v];
    if (!step) return { ok: false, reason: 'invalid', message: `no migration from schemaVersion ${v}` };
    current = step(current);
  }
  return { ok: true, doc: current, migratedFrom: version === CURRENT_SCHEMA_VERSION ? null : version };
}
