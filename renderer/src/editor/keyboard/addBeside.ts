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

/**
 * A box placed outside the visible canvas: zoom out (never in) until the whole diagram shows, so
 * a diagram drawn block after block stays in sight as it grows.
 */
function scrollIntoView(box: Box): void {
  const f = flow();
  const { box: seen } = view();
  if (!f || !seen) return;
  const inside = box.x >= seen.x && box.y >= seen.y && box.x + box.width <= seen.x + seen.width && box.y + box.height <= seen.y + seen.height;
  if (inside) return;
  // The new node is not measured yet: fit to the nodes there are, with the new box as padding room.
  void f.fitView({ padding: 0.15, maxZoom: f.getViewport().zoom, duration: 0 });
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
