import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION, DesignSchema } from './design';

/**
 * The JSON Schema of an .envelope.json file, generated from DesignSchema so it cannot drift
 * (tests/unit/model/jsonSchema.test.ts compares it with docs/envelope.schema.json; regenerate
 * with `npx tsx scripts/schema.ts`). It describes what a file may contain ("input"), so fields
 * with defaults are optional.
 */
export function designJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DesignSchema, { io: 'input', target: 'draft-2020-12' });
  return {
    $schema: schema.$schema,
    title: `Envelope design file (.envelope.json), schemaVersion ${CURRENT_SCHEMA_VERSION}`,
    description: 'An architecture design: blocks (nodes), connections (edges), groups and workload assumptions. See docs/file-format.md.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}

/** The committed file's exact text: two-space indent and a final newline. */
export const designJsonSchemaText = (): string => `${JSON.stringify(designJsonSchema(), null, 2)}\n`;
