import type { z } from 'zod';
import { DESIGN_LIMITS, DesignSchema, type Design } from './design';
import { migrateDocument } from './migrate';
import { FORBIDDEN_KEYS } from './safeKeys';
import { repairGroups } from './repairGroups';

/**
 * The one door for documents from outside this process (database rows, files, pasted text):
 * parse, migrate, validate, then repair what can be repaired without guessing, excalidraw-style.
 */
export type RestoreResult =
  | { ok: true; design: Design; repairs: string[]; migratedFrom: number | null }
  | { ok: false; code: 'malformed' | 'invalid' | 'newerVersion'; message: string };

const MAY_HOLD_FORBIDDEN_KEY = new RegExp(`${[...FORBIDDEN_KEYS].join('|')}|\\\\u`);

/**
 * A design nests about six levels (design > workload > operations > mix > share). The reviver
 * below recurses once per level, so hostile nesting must be refused before JSON.parse runs.
 */
export const MAX_NESTING_DEPTH = 64;

/** Deepest bracket nesting in JSON text, scanning outside strings; stops early past `limit`. */
export function nestingDepth(text: string, limit = MAX_NESTING_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/** Parse JSON text, refusing prototype-polluting keys rather than silently dropping them. */
export function parseDocumentText(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  if (text.trim() === '') return { ok: false, message: 'the document is empty (0 bytes of JSON)' };
  if (nestingDepth(text) > MAX_NESTING_DEPTH) {
    return { ok: false, message: `the document is nested more than ${MAX_NESTING_DEPTH} levels deep; a design never is, so it was refused` };
  }
  let forbidden: string | null = null;
  let value: unknown;
  try {
    // A reviver costs about 5x the parse itself (8 ms at 1,000 blocks), so it runs only when a
    // forbidden key could be present: spelled out, or hidden behind a \u escape (JSON's only
    // escape that can produce a letter).
    value = MAY_HOLD_FORBIDDEN_KEY.test(text)
      ? JSON.parse(text, (key, v: unknown) => {
          if (FORBIDDEN_KEYS.has(key)) forbidden = key;
          return v;
        })
      : JSON.parse(text);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { ok: false, message: `the document is not valid JSON (${detail}); it may be truncated or damaged` };
  }
  if (forbidden !== null) {
    return { ok: false, message: `the document contains the forbidden key "${forbidden}"; it was refused as unsafe` };
  }
  return { ok: true, value };
}

/** Human-readable summary of a zod error: the path of each field and what is wrong with it. */
export function describeIssues(error: z.ZodError, max = 5): string {
  const lines = error.issues.slice(0, max).map((issue) => {
    const path = issue.path.length ? issue.path.map(String).join('.') : '(document)';
    return `${path}: ${issue.message}`;
  });
  const more = error.issues.length > max ? `; and ${error.issues.length - max} more problems` : '';
  return lines.join('; ') + more;
}

export function restoreDesign(input: unknown): RestoreResult {
  let value = input;
  if (typeof input === 'string') {
    const parsed = parseDocumentText(input);
    if (!parsed.ok) return { ok: false, code: 'malformed', message: parsed.message };
    value = parsed.value;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, code: 'invalid', message: 'a design must be a JSON object with id, name, nodes and edges' };
  }
  const migrated = migrateDocument(value as Record<string, unknown>);
  if (!migrated.ok) {
    return { ok: false, code: migrated.reason === 'newer' ? 'newerVersion' : 'invalid', message: migrated.message };
  }
  const tooMany = countProblem(migrated.doc);
  if (tooMany) return { ok: false, code: 'invalid', message: `the design is invalid: ${tooMany}` };
  const result = DesignSchema.safeParse(migrated.doc);
  if (!result.success) return { ok: false, code: 'invalid', message: `the design is invalid: ${describeIssues(result.error)}` };
  const { design, repairs } = repairDesign(result.data);
  return { ok: true, design, repairs, migratedFrom: migrated.migratedFrom };
}

/** Refuse oversized element lists up front: validating a million bad blocks would take seconds to say the same. */
function countProblem(doc: Record<string, unknown>): string | null {
  const lists = [
    ['nodes', 'blocks', DESIGN_LIMITS.blocks],
    ['edges', 'connections', DESIGN_LIMITS.edges],
    ['groups', 'groups', DESIGN_LIMITS.groups],
  ] as const;
  for (const [key, noun, limit] of lists) {
    const list = doc[key];
    if (Array.isArray(list) && list.length > limit) {
      return `it has ${list.length.toLocaleString('en-US')} ${noun}; a design holds at most ${limit.toLocaleString('en-US')}`;
    }
  }
  return null;
}

/** Fix what is structurally inconsistent but recoverable, and say what was changed. */
export function repairDesign(input: Design): { design: Design; repairs: string[] } {
  const repairs: string[] = [];
  const groups = repairGroups(input.groups, repairs);
  const seenNodes = new Set<string>();
  const nodes = input.nodes.filter((n) => {
    if (seenNodes.has(n.id)) {
      repairs.push(`dropped a second block with the id "${n.id}"`);
      return false;
    }
    seenNodes.add(n.id);
    return true;
  });
  const groupIds = new Set(groups.map((g) => g.id));
  for (const n of nodes) {
    if (n.groupId !== undefined && !groupIds.has(n.groupId)) {
      repairs.push(`block "${n.id}" referred to a missing group "${n.groupId}"; it now stands alone`);
      delete n.groupId;
    }
  }
  const seenEdges = new Set<string>();
  const edges = input.edges.filter((e) => {
    if (!seenNodes.has(e.source) || !seenNodes.has(e.target)) {
      repairs.push(`dropped connection "${e.id}": it pointed to a missing block`);
      return false;
    }
    if (seenEdges.has(e.id)) {
      repairs.push(`dropped a second connection with the id "${e.id}"`);
      return false;
    }
    seenEdges.add(e.id);
    return true;
  });
  return { design: { ...input, nodes, edges, groups }, repairs };
}
