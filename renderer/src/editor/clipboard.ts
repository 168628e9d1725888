import { z } from 'zod';
import { EdgeSchema, GroupSchema, NodeSchema, newId, type DesignEdge, type DesignGroup, type DesignNode } from '../../../shared/model';
import { describeIssues, parseDocumentText } from '../../../shared/model/restore';
import { useToasts } from '../app/toasts';
import { edgeToFlow, flowToDesign, groupToFlow, nodeToFlow } from './convert';
import { absolutePosition } from './store/absolutePosition';
import { commit, useEditor } from './store/editorStore';
import type { FlowNode } from './flowTypes';

/**
 * Copy and paste as JSON text on the system clipboard, so a selection can go into another design,
 * another Envelope window, or a text editor and back. Pasted text passes the same schemas as a
 * document loaded from disk.
 */
const CLIPBOARD_TYPE = 'envelope/selection';

export const ClipboardSchema = z.object({
  type: z.literal(CLIPBOARD_TYPE),
  version: z.literal(1),
  nodes: z.array(NodeSchema).max(50_000),
  groups: z.array(GroupSchema).max(5_000).default([]),
  edges: z.array(EdgeSchema).max(200_000),
});
export type ClipboardContent = z.infer<typeof ClipboardSchema>;

/** What is selected, as document items; children of a selected group come along. */
export function selectionContent(): ClipboardContent | null {
  const { nodes, edges, meta } = useEditor.getState();
  if (!meta) return null;
  const selected = new Set(nodes.filter((n) => n.selected).map((n) => n.id));
  if (selected.size === 0) return null;
  for (const n of nodes) if (n.parentId && selected.has(n.parentId)) selected.add(n.id);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  // A copied child whose group is not copied keeps its place on the canvas: absolute position.
  const picked: FlowNode[] = nodes
    .filter((n) => selected.has(n.id))
    .map((n) => (n.parentId && !selected.has(n.parentId) ? ({ ...n, parentId: undefined, position: absolutePosition(n, byId) } as FlowNode) : n));
  const pickedEdges = edges.filter((e) => selected.has(e.source) && selected.has(e.target));
  const doc = flowToDesign(meta, picked, pickedEdges);
  return { type: CLIPBOARD_TYPE, version: 1, nodes: doc.nodes, groups: doc.groups, edges: doc.edges };
}

export function parseClipboard(text: string): ClipboardContent | string {
  const parsed = parseDocumentText(text);
  if (!parsed.ok) return `The clipboard does not hold Envelope blocks: ${parsed.message}.`;
  const result = ClipboardSchema.safeParse(parsed.value);
  if (!result.success) {
    const isOurs = typeof parsed.value === 'object' && parsed.value !== null && (parsed.value as { type?: unknown }).type === CLIPBOARD_TYPE;
    return isOurs ? `The copied blocks are damaged: ${describeIssues(result.error)}.` : 'The clipboard does not hold Envelope blocks (copy blocks in Envelope first).';
  }
  return result.data;
}

/** Add clipboard content with fresh ids, offset so the copy is visible, and select it. */
export function pasteContent(content: ClipboardContent, offset = { x: 32, y: 32 }): void {
  const ids = new Map<string, string>();
  const fresh = (old: string, prefix: string): string => {
    const id = newId(prefix);
    ids.set(old, id);
    return id;
  };
  const groups: DesignGroup[] = content.groups.map((g) => ({ ...g, id: fresh(g.id, 'g') }));
  const nodes: DesignNode[] = content.nodes.map((n) => ({ ...n, id: fresh(n.id, 'n') }));
  const remap = (id: string | undefined): string | undefined => (id === undefined ? undefined : ids.get(id));
  const shift = <T extends { position: { x: number; y: number } }>(item: T, hasParent: boolean): T =>
    hasParent ? item : { ...item, position: { x: item.position.x + offset.x, y: item.position.y + offset.y } };
  const flowGroups = groups.map((g) => {
    const parentId = remap(g.parentId);
    const { parentId: _p, ...rest } = g;
    return { ...groupToFlow(shift({ ...rest, ...(parentId ? { parentId } : {}) }, parentId !== undefined)), selected: true };
  });
  const flowNodes = nodes.map((n) => {
    const groupId = remap(n.groupId);
    const { groupId: _g, ...rest } = n;
    return { ...nodeToFlow(shift({ ...rest, ...(groupId ? { groupId } : {}) }, groupId !== undefined)), selected: true };
  });
  const edges: DesignEdge[] = content.edges.flatMap((e) => {
    const source = ids.get(e.source);
    const target = ids.get(e.target);
    return source && target ? [{ ...e, id: newId('e'), source, target }] : [];
  });
  const state = useEditor.getState();
  const deselected = state.nodes.map((n) => (n.selected ? { ...n, selected: false } : n));
  commit({
    nodes: [...flowGroups, ...deselected, ...flowNodes],
    edges: [...state.edges.map((e) => (e.selected ? { ...e, selected: false } : e)), ...edges.map((e) => ({ ...edgeToFlow(e), selected: true }))],
  });
}

/** Kept for the menu and palette commands, where the system clipboard may need permission. */
let lastCopied: string | null = null;

export function copyText(): string | null {
  const content = selectionContent();
  if (!content) return null;
  lastCopied = JSON.stringify(content, null, 2);
  return lastCopied;
}

export async function writeSystemClipboard(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Without permission (browser twin, no user gesture) the in-app copy still works.
  }
}

export async function readClipboardText(): Promise<string | null> {
  try {
    return await navigator.clipboard.readText();
  } catch {
    return lastCopied;
  }
}

export function pasteText(text: string): void {
  const content = parseClipboard(text);
  if (typeof content === 'string') useToasts.getState().push('error', content);
  else pasteContent(content);
}
