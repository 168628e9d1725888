import { CURRENT_SCHEMA_VERSION, type Design } from '../model/design';
import type { Prompt } from './schema';

/**
 * The candidate's starting design: empty, with the prompt's workload (the scale the interviewer
 * gave), so the engine can estimate whatever gets drawn. Operations enter at the first client
 * drawn: their entry points belong to the reference design, not this one.
 */
export function practiceDesign(prompt: Prompt, id: string, name: string): Design {
  const operations = prompt.reference.workload.operations.map(({ entryNodeId: _entry, ...op }) => op);
  return { id, name, schemaVersion: CURRENT_SCHEMA_VERSION, nodes: [], edges: [], groups: [], workload: { ...prompt.reference.workload, operations } };
}
