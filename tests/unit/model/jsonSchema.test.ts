import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/model';
import { designJsonSchema, designJsonSchemaText } from '../../../shared/model/jsonSchema';

describe('docs/envelope.schema.json', () => {
  it('is what DesignSchema generates today (regenerate with `npx tsx scripts/schema.ts`)', () => {
    const committed = readFileSync(join(import.meta.dirname, '../../../docs/envelope.schema.json'), 'utf8');
    expect(committed).toBe(designJsonSchemaText());
  });

  it('describes the current schema version and the limits the app enforces', () => {
    const schema = designJsonSchema() as { properties: Record<string, { const?: number; maxItems?: number }>; required: string[] };
    expect(schema.properties.schemaVersion?.const).toBe(CURRENT_SCHEMA_VERSION);
    expect(schema.properties.nodes?.maxItems).toBe(50_000);
    // Fields with defaults may be left out of a file.
    expect(schema.required).toEqual(['id', 'name', 'schemaVersion', 'nodes', 'edges']);
  });
});
