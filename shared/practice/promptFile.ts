import { z } from 'zod';
import { describeIssues } from '../model/restore';
import { PROMPT_FORMAT_VERSION, PromptSchema, type Prompt } from './schema';

/** The JSON Schema of a prompt file, generated from PromptSchema so the two cannot drift. */
export function promptJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PromptSchema, { io: 'input', target: 'draft-2020-12' });
  return {
    $schema: schema.$schema,
    title: `Envelope practice prompt, formatVersion ${PROMPT_FORMAT_VERSION}`,
    description: 'An interview question for practice mode: requirements, scale with sources, hints by phase, building blocks and a reference design. See docs/practice.md.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}

export const promptJsonSchemaText = (): string => `${JSON.stringify(promptJsonSchema(), null, 2)}\n`;

/** Read a user's prompt file; a bad file gets an error saying what is wrong and where. */
export function parsePromptFile(text: string): { ok: true; prompt: Prompt } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: `The prompt file is not valid JSON (${err instanceof Error ? err.message : String(err)}). Check it against docs/practice-prompt.schema.json.` };
  }
  const parsed = PromptSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: `The prompt file does not match the prompt format: ${describeIssues(parsed.error)}. See docs/practice-prompt.schema.json.` };
  return { ok: true, prompt: parsed.data };
}
