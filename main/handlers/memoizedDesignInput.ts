import { z } from 'zod';
import { contract } from '../../shared/api/contract';
import { DESIGN_LIMITS, DesignSchema, EdgeSchema, GroupSchema, LIST_LIMIT_MESSAGES, NodeSchema } from '../../shared/model/design';

type SaveDesignInput = z.output<(typeof contract)['saveDesign']['input']>;
export type InputParse<T> = { success: true; data: T } | { success: false; error: z.ZodError };

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Same plain data: own keys (including undefined-valued ones), arrays and primitives compared exactly. */
function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  for (const key of keysA) {
    if (!Object.hasOwn(b, key) || !sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/**
 * The last validated input and output of each element id, for this round and the one before. An
 * autosave resends the whole design, nearly all of it unchanged, and comparing an element with
 * its last version is several times cheaper than a zod parse. The stored input is a private
 * frozen copy, so a caller changing an element in place after a save can never match it.
 */
class ElementMemo<T> {
  private previous = new Map<string, { input: unknown; output: T }>();
  private current = new Map<string, { input: unknown; output: T }>();

  constructor(private readonly schema: z.ZodType<T>) {}

  parse(element: unknown, path: PropertyKey[], issues: z.core.$ZodIssue[]): T | undefined {
    const id = element !== null && typeof element === 'object' ? (element as { id?: unknown }).id : undefined;
    const key = typeof id === 'string' ? id : undefined;
    let entry = key === undefined ? undefined : (this.current.get(key) ?? this.previous.get(key));
    if (entry === undefined || !sameData(entry.input, element)) {
      const result = this.schema.safeParse(element);
      if (!result.success) {
        for (const issue of result.error.issues) issues.push({ ...issue, path: [...path, ...issue.path] });
        return undefined;
      }
      let input: unknown;
      try {
        input = deepFreeze(structuredClone(element));
      } catch {
        // Stray keys zod stripped may hold what cannot be copied (a function, from an in-process caller).
        return result.data;
      }
      entry = { input, output: deepFreeze(result.data) };
    }
    if (key !== undefined) this.current.set(key, entry);
    return entry.output;
  }

  /** Forget elements the last two documents did not hold; memory stays at about two documents. */
  endRound(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

/**
 * saveDesign's contract input, validated element by element with a memo: the same answer as
 * `contract.saveDesign.input` (DesignSchema has no cross-element rules, and `.extend` below would
 * throw if it gained any), for a fraction of the cost on the hot autosave path.
 */
export function memoizedSaveDesignInput(): (payload: unknown) => InputParse<SaveDesignInput> {
  const lists = {
    nodes: z.array(z.unknown()).max(DESIGN_LIMITS.blocks, LIST_LIMIT_MESSAGES.nodes),
    edges: z.array(z.unknown()).max(DESIGN_LIMITS.edges, LIST_LIMIT_MESSAGES.edges),
    groups: z.array(z.unknown()).max(DESIGN_LIMITS.groups, LIST_LIMIT_MESSAGES.groups).default([]),
  };
  const shell = contract.saveDesign.input.extend({ document: DesignSchema.extend(lists) });
  const memos = { nodes: new ElementMemo(NodeSchema), edges: new ElementMemo(EdgeSchema), groups: new ElementMemo(GroupSchema) };

  return (payload) => {
    const outer = shell.safeParse(payload);
    if (!outer.success) return outer;
    const issues: z.core.$ZodIssue[] = [];
    const document = outer.data.document;
    const parseList = <K extends keyof typeof memos>(key: K) =>
      document[key].map((element, i) => memos[key].parse(element, ['document', key, i], issues));
    const nodes = parseList('nodes');
    const edges = parseList('edges');
    const groups = parseList('groups');
    for (const memo of Object.values(memos)) memo.endRound();
    if (issues.length) return { success: false, error: new z.ZodError(issues) };
    const data = { ...outer.data, document: { ...document, nodes, edges, groups } } as SaveDesignInput;
    return { success: true, data };
  };
}
