// `npx tsx scripts/practiceSchema.ts`: regenerate docs/practice-prompt.schema.json from PromptSchema.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promptJsonSchemaText } from '../shared/practice/promptFile';

const target = join(import.meta.dirname, '..', 'docs', 'practice-prompt.schema.json');
writeFileSync(target, promptJsonSchemaText());
console.log(`wrote ${target}`);
