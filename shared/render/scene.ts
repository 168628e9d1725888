import type { Design, DesignNode } from '../model/design';
import { BLOCK_FLAG, estimate, type EstimateResult } from '../estimate';
import { formatAvailability, formatCount, formatStorageBadge } from './format';
import { blockLayout, edgeRoute, groupOrigins, NOTE_KIND, NOTE_SIZE, type BlockLayout, type Box, type EdgeLayout, type GroupLayout } from './layout';
import type { BadgeFigure, ExportOptions } from './options';

/** How busy a block is, for the colour of its first badge (renderer/src/estimate/badges.ts's bands). */
export type Load = 'idle' | 'ok' | 'busy' | 'over';

export interface NoteLayout {
  node: DesignNode;
  box: Box;
}

export interface Scene {
  groups: GroupLayout[];
  /** `shortfall`: the index of the "needs n, has m" badge, drawn in the danger colour as on the canvas; -1 if none. */
  blocks: (BlockLayout & { load: Load; shortfall: number })[];
  notes: NoteLayout[];
  edges: EdgeLayout[];
}

type SceneOptions = Pick<ExportOptions, 'figures' | 'selection' | 'sizes'>;

/** What is drawn: the selection and what it brings (a group its contents), or everything. */
export function included(design: Design, selection: readonly string[] | undefined): { groups: Set<string>; nodes: Set<string> } {
  if (!selection) return { groups: new Set(design.groups.map((g) => g.id)), nodes: new Set(design.nodes.map((n) => n.id)) };
  const picked = new Set(selection);
  const parent = new Map(design.groups.map((g) => [g.id, g.parentId]));
  const inPicked = (groupId: string | undefined): boolean => {
    for (let id = groupId, steps = 0; id !== undefined && steps <= design.groups.length; id = parent.get(id), steps++) {
      if (picked.has(id)) return true;
    }
    return false;
  };
  return {
    groups: new Set(design.groups.filter((g) => inPicked(g.id)).map((g) => g.id)),
    nodes: new Set(design.nodes.filter((n) => picked.has(n.id) || inPicked(n.groupId)).map((n) => n.id)),
  };
}

function badgeTexts(result: EstimateResult, i: number, figures: readonly BadgeFigure[]): { texts: string[]; shortfall: number } {
  const b = result.blocks;
  const out: string[] = [];
  let shortfall = -1;
  for (const figure of figures) {
    if (figure === 'peakRps') out.push(`${formatCount(b.peakRps[i]!)} rps`);
    else if (figure === 'instances' && !(b.flags[i]! & BLOCK_FLAG.managed)) {
      // As on the canvas: a store also needs room for its data; a shortfall says what it needs.
      const needed = Math.max(b.instancesNeeded[i]!, b.storageNodesNeeded[i]!);
      if (needed > b.instances[i]!) shortfall = out.length;
      out.push(needed > b.instances[i]! ? `needs ${formatCount(needed)}, has ${formatCount(b.instances[i]!)}` : `${formatCount(b.instances[i]!)}/${formatCount(needed)} inst`);
    }
    else if (figure === 'storage' && b.bytesPerYear[i]! > 0) out.push(formatStorageBadge(b.bytesPerYear[i]!, b.retentionDays[i]!, result.units));
    else if (figure === 'availability') out.push(formatAvailability(b.blockAvailability[i]!));
  }
  return { texts: out, shortfall };
}

function loadOf(result: EstimateResult, i: number): Load {
  const b = result.blocks;
  if ((b.flags[i]! & BLOCK_FLAG.reachable) === 0 || b.avgRps[i] === 0) return 'idle';
  if (b.utilization[i]! > 1) return 'over';
  if (b.utilization[i]! > 0.7) return 'busy';
  return 'ok';
}

/** The estimate for badges, when figures are wanted; a design the engine cannot take gets none. */
export function estimateFor(design: Design, figures: readonly BadgeFigure[], given?: EstimateResult): EstimateResult | null {
  if (figures.length === 0) return null;
  if (given) return given;
  try {
    return estimate(design);
  } catch {
    return null;
  }
}

export function buildScene(design: Design, options: SceneOptions, result: EstimateResult | null): Scene {
  const keep = included(design, options.selection);
  const origins = groupOrigins(design.groups);
  const index = new Map<string, number>();
  result?.blocks.id.forEach((id, i) => index.set(id, i));
  const groups = design.groups.filter((g) => keep.groups.has(g.id)).map((group) => ({ group, box: origins.get(group.id)! }));
  const blocks: Scene['blocks'] = [];
  const notes: NoteLayout[] = [];
  const boxes = new Map<string, Box>();
  for (const node of design.nodes) {
    if (!keep.nodes.has(node.id)) continue;
    const origin = (node.groupId && origins.get(node.groupId)) || { x: 0, y: 0 };
    if (node.kind === NOTE_KIND) {
      const size = node.size ?? NOTE_SIZE;
      const box = { x: origin.x + node.position.x, y: origin.y + node.position.y, w: size.width, h: size.height };
      notes.push({ node, box });
      boxes.set(node.id, box);
      continue;
    }
    const i = index.get(node.id);
    const client = result !== null && i !== undefined && (result.blocks.flags[i]! & BLOCK_FLAG.isClient) !== 0;
    const badges = result && i !== undefined && !client ? badgeTexts(result, i, options.figures) : { texts: [], shortfall: -1 };
    const layout = blockLayout(node, origin, badges.texts, options.sizes?.[node.id]);
    blocks.push({ ...layout, load: result && i !== undefined ? loadOf(result, i) : 'idle', shortfall: badges.shortfall });
    boxes.set(node.id, layout.box);
  }
  const edges: EdgeLayout[] = [];
  for (const edge of design.edges) {
    const [s, t] = [boxes.get(edge.source), boxes.get(edge.target)];
    if (!s || !t || edge.source === edge.target) continue;
    edges.push({ id: edge.id, kind: edge.kind, label: edge.label, ...edgeRoute(s, t) });
  }
  return { groups, blocks, notes, edges };
}
