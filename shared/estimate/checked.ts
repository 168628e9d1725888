import { validateBlockParams, validateEdgeParams } from '../catalog';
import { DesignSchema, type Design } from '../model/design';
import { migrateDocument } from '../model/migrate';
import { parseDocumentText, repairDesign } from '../model/restore';
import { estimate } from './estimate';
import type { EstimateResult } from './schema';

export interface InputIssue {
  /** Document path of the field, e.g. "workload.operations.0.requestsPerUserPerDay". */
  field: string;
  message: string;
}

export type CheckedEstimate =
  | { ok: true; result: EstimateResult; design: Design; repairs: string[] }
  | { ok: false; message: string; issues: InputIssue[] };

const MAX_LISTED = 5;

function fail(issues: InputIssue[]): CheckedEstimate {
  const listed = issues.slice(0, MAX_LISTED).map((i) => `${i.field}: ${i.message}`).join('; ');
  const more = issues.length > MAX_LISTED ? `; and ${issues.length - MAX_LISTED} more problems` : '';
  return { ok: false, message: `the design cannot be estimated: ${listed}${more}`, issues };
}

/** Checks beyond the schema: parameters against the catalog, and the workload against the graph. */
export function checkDesign(design: Design): InputIssue[] {
  const issues: InputIssue[] = [];
  design.nodes.forEach((node, i) => {
    const v = validateBlockParams(node.kind, node.params);
    if (!v.ok) for (const issue of v.issues) issues.push({ field: `nodes.${i}.${issue.path}`, message: issue.message });
  });
  design.edges.forEach((edge, i) => {
    const v = validateEdgeParams(edge.params);
    if (!v.ok) for (const issue of v.issues) issues.push({ field: `edges.${i}.${issue.path}`, message: issue.message });
  });
  const nodeIds = new Set(design.nodes.map((n) => n.id));
  const opIds = new Set<string>();
  design.workload.operations.forEach((op, i) => {
    if (opIds.has(op.id)) issues.push({ field: `workload.operations.${i}.id`, message: `a second operation with the id "${op.id}"` });
    opIds.add(op.id);
    if (op.entryNodeId !== undefined && op.entryNodeId !== '' && !nodeIds.has(op.entryNodeId)) {
      issues.push({ field: `workload.operations.${i}.entryNodeId`, message: `no block has the id "${op.entryNodeId}"` });
    }
  });
  return issues;
}

/**
 * Estimate anything from outside (a file, IPC, pasted JSON text): migrate, validate against the
 * document schema and the catalog, repair what restoreDesign repairs, then estimate. Errors name
 * each field and its problem instead of throwing.
 */
export function estimateChecked(input: unknown): CheckedEstimate {
  let value = input;
  if (typeof input === 'string') {
    const parsed = parseDocumentText(input);
    if (!parsed.ok) return fail([{ field: '(document)', message: parsed.message }]);
    value = parsed.value;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail([{ field: '(document)', message: 'a design must be a JSON object with id, name, nodes, edges and workload' }]);
  }
  const migrated = migrateDocument(value as Record<string, unknown>);
  if (!migrated.ok) return fail([{ field: 'schemaVersion', message: migrated.message }]);
  const parsed = DesignSchema.safeParse(migrated.doc);
  if (!parsed.success) {
    return fail(parsed.error.issues.map((i) => ({ field: i.path.length ? i.path.map(String).join('.') : '(document)', message: i.message })));
  }
  const { design, repairs } = repairDesign(parsed.data);
  const issues = checkDesign(design);
  if (issues.length) return fail(issues);
  return { ok: true, result: estimate(design), design, repairs };
}
