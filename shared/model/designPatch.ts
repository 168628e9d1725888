import { z } from 'zod';
import { DESIGN_LIMITS } from '../api/limits';
import { DesignSchema, EdgeSchema, GroupSchema, NodeSchema, type Design } from './design';
import { IdSchema } from './ids';
import { WorkloadSchema } from './workload';

/**
 * The change from one document to another, element by element: what leaves with a page that is
 * closing (issue 18: the whole document did not fit the browser's 64 KB keepalive limit, so the
 * last edit of a large design was lost on reload). Applying it replaces each changed element
 * whole, by id, so it gives the same document on top of the base or of any save between the
 * base and the change that touched only the listed elements.
 */
const listPatch = <T extends z.ZodType>(element: T, limit: number) =>
  z.object({ put: z.array(element).max(limit).default([]), remove: z.array(IdSchema).max(limit).default([]) });

export const DesignPatchSchema = z.object({
  name: DesignSchema.shape.name.optional(),
  workload: WorkloadSchema.optional(),
  nodes: listPatch(NodeSchema, DESIGN_LIMITS.blocks).optional(),
  edges: listPatch(EdgeSchema, DESIGN_LIMITS.edges).optional(),
  groups: listPatch(GroupSchema, DESIGN_LIMITS.groups).optional(),
});
export type DesignPatch = z.infer<typeof DesignPatchSchema>;

type Keyed = { id: string };
type ListKey = 'nodes' | 'edges' | 'groups';
const LISTS: ListKey[] = ['nodes', 'edges', 'groups'];

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** Ids whose element differs between two lists (changed, added or removed). */
function changedIds(from: readonly Keyed[], to: readonly Keyed[]): Set<string> {
  const before = new Map(from.map((e) => [e.id, e]));
  const ids = new Set<string>();
  for (const e of to) {
    const old = before.get(e.id);
    if (old === undefined || !same(old, e)) ids.add(e.id);
    before.delete(e.id);
  }
  for (const id of before.keys()) ids.add(id);
  return ids;
}

/**
 * The patch that turns `base` into `next`. `between` lists documents sent after `base` whose
 * saves may or may not have landed: every element they changed is in the patch too, with its
 * value in `next`, so the patch gives `next` whichever of them the store applied first.
 */
export function diffDesign(base: Design, next: Design, between: readonly Design[] = []): DesignPatch {
  const patch: DesignPatch = {};
  if ([base, ...between].some((d) => d.name !== next.name)) patch.name = next.name;
  if ([base, ...between].some((d) => !same(d.workload, next.workload))) patch.workload = next.workload;
  for (const key of LISTS) {
    const ids = changedIds(base[key], next[key]);
    for (const d of between) for (const id of changedIds(base[key], d[key])) ids.add(id);
    if (ids.size === 0) continue;
    const now = new Map<string, Keyed>(next[key].map((e) => [e.id, e]));
    const put: Keyed[] = [];
    const remove: string[] = [];
    for (const id of ids) {
      const element = now.get(id);
      if (element) put.push(element);
      else remove.push(id);
    }
    (patch as Record<ListKey, { put: Keyed[]; remove: string[] }>)[key] = { put, remove };
  }
  return patch;
}

export const isEmptyPatch = (patch: DesignPatch): boolean => Object.keys(patch).length === 0;

/** `base` with the patch applied: listed elements replaced in place, new ones appended, removed ones dropped. */
export function applyPatch(base: Design, patch: DesignPatch): Design {
  const result: Design = { ...base };
  if (patch.name !== undefined) result.name = patch.name;
  if (patch.workload !== undefined) result.workload = patch.workload;
  for (const key of LISTS) {
    const change = patch[key];
    if (!change) continue;
    const removed = new Set(change.remove);
    const put = new Map<string, Keyed>(change.put.map((e) => [e.id, e]));
    const list: Keyed[] = [];
    for (const e of base[key] as Keyed[]) {
      if (removed.has(e.id)) continue;
      const replacement = put.get(e.id);
      list.push(replacement ?? e);
      put.delete(e.id);
    }
    list.push(...put.values());
    (result as Record<ListKey, Keyed[]>)[key] = list;
  }
  return result;
}
