import { flow } from '../commands/flowInstance';
import type { FlowNode } from '../flowTypes';
import { UNMEASURED_BLOCK } from '../nodes/blockBox';
import { useInlineEditing } from '../nodes/editingStore';
import { absolutePosition } from '../store/absolutePosition';
import { addBlock, addNote } from '../store/actions';
import { useEditor } from '../store/editorStore';
import { connectInOrder } from './connectInOrder';
import { placeNew, type Box } from './placement';
import { selectionOrder } from './selectionOrder';

const NOTE_SIZE = { width: 200, height: 120 };

function boxOf(n: FlowNode, byId: Map<string, FlowNode>): Box {
  const at = absolutePosition(n, byId);
  return { ...at, width: n.measured?.width ?? n.width ?? UNMEASURED_BLOCK.width, height: n.measured?.height ?? n.height ?? UNMEASURED_BLOCK.height };
}

/** The visible canvas in flow coordinates, and its centre. */
function view(): { box: Box | null; centre: { x: number; y: number } } {
  const rect = document.querySelector('.canvas')?.getBoundingClientRect();
  const f = flow();
  if (!rect || !f) return { box: null, centre: { x: 0, y: 0 } };
  const a = f.screenToFlowPosition({ x: rect.left, y: rect.top });
  const b = f.screenToFlowPosition({ x: rect.right, y: rect.bottom });
  return { box: { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y }, centre: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } };
}

/** Where a node of `size` goes: beside the node selected last, else at the centre, never on another. */
function spotFor(size: { width: number; height: number }): { x: number; y: number; previous: string | undefined } {
  const nodes = useEditor.getState().nodes;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const previous = [...selectionOrder()].reverse().find((id) => byId.get(id)?.type !== 'group');
  const anchorNode = previous ? byId.get(previous) : undefined;
  const { box, centre } = view();
  // Groups are areas to place blocks in, not obstacles.
  const taken = nodes.filter((n) => n.type !== 'group').map((n) => boxOf(n, byId));
  const spot = placeNew({ anchor: anchorNode ? boxOf(anchorNode, byId) : null, centre, view: box, size, taken });
  return { ...spot, previous };
}

/** Pan (never zoom) just enough that a box placed outside the visible canvas comes into it. */
function scrollIntoView(box: Box): void {
  const f = flow();
  const { box: seen } = view();
  if (!f || !seen) return;
  const margin = 24;
  const dx = Math.min(0, seen.x + seen.width - margin - (box.x + box.width)) || Math.max(0, seen.x + margin - box.x);
  const dy = Math.min(0, seen.y + seen.height - margin - (box.y + box.height)) || Math.max(0, seen.y + margin - box.y);
  if (dx === 0 && dy === 0) return;
  const v = f.getViewport();
  void f.setViewport({ x: v.x + dx * v.zoom, y: v.y + dy * v.zoom, zoom: v.zoom });
}

/**
 * Add a block as the keyboard (and a click in the palette) does: beside the last one, selected,
 * and, when asked, connected from the block that was selected before it. Returns the new id.
 */
export function addBlockBeside(kind: string, name: string, connectFromPrevious: boolean): string {
  const { previous, ...spot } = spotFor({ width: UNMEASURED_BLOCK.width, height: UNMEASURED_BLOCK.height });
  const id = addBlock(kind, name, spot);
  if (connectFromPrevious && previous) connectInOrder([previous, id]);
  scrollIntoView({ ...spot, ...UNMEASURED_BLOCK });
  return id;
}

/** A new note, beside the last block, already in edit mode so what is typed next is its text. */
export function addNoteBeside(): string {
  const { previous: _previous, ...spot } = spotFor(NOTE_SIZE);
  const id = addNote(spot);
  scrollIntoView({ ...spot, ...NOTE_SIZE });
  useInlineEditing.getState().start(id);
  return id;
}
