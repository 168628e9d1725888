import { CURRENT_SCHEMA_VERSION, type Design } from '../model/design';
import type { Prompt } from './schema';

/** The prompt's reference answer as a design document that opens like any other. */
export function referenceToDesign(prompt: Prompt, id: string): Design {
  const { nodes, edges, groups, workload } = prompt.reference;
  return { id, name: `Reference: ${prompt.title.replace(/^Design /, '')}`, schemaVersion: CURRENT_SCHEMA_VERSION, nodes, edges, groups, workload };
}
