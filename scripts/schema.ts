// `npx tsx scripts/schema.ts`: regenerate docs/envelope.schema.json from DesignSchema.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { designJsonSchemaText } from '../shared/model/jsonSchema';

const target = join(import.meta.dirname, '..', 'docs', 'envelope.schema.json');
writeFileSync(target, designJsonSchemaText());
console.log(`wrote ${target}`);
