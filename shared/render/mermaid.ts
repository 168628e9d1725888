import type { Design } from '../model/design';
import type { EstimateResult } from '../estimate';
import { resolveBlockKind } from '../catalog';
import { ExportOptionsSchema, type ExportOptionsInput } from './options';
import { buildScene, estimateFor, included } from './scene';
import { NOTE_KIND } from './layout';

/**
 * The design as a Mermaid flowchart: groups as (nested) subgraphs, connections labelled and
 * drawn by kind (sync -->, async -.->, replication ==>), optionally the badges' figures in the
 * block labels. Node names are generated (n1, n2, ...): ids may hold characters Mermaid reads as
 * syntax, and every label is quoted with Mermaid's entity codes for anything it would parse.
 */
export function mermaidText(text: string): string {
  const escaped = text
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/`/g, '#96;')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
  return `"${escaped}"`;
}

const ARROWS = { sync: '-->', async: '-.->', replication: '==>' } as const;

export function renderMermaid(design: Design, input: ExportOptionsInput = {}, result?: EstimateResult): string {
  const options = ExportOptionsSchema.parse(input);
  const figures = options.numbersInLabels ? options.figures : [];
  const scene = buildScene(design, { ...options, figures }, estimateFor(design, figures, result));
  const keep = included(design, options.selection);
  const names = new Map<string, string>();
  design.nodes.forEach((n, i) => names.set(n.id, `n${i + 1}`));
  const badges = new Map(scene.blocks.map((b) => [b.node.id, b.badges]));
  const children = new Map<string | undefined, string[]>();
  const groups = design.groups.filter((g) => keep.groups.has(g.id));
  const groupIds = new Set(groups.map((g) => g.id));
  groups.forEach((g, i) => {
    names.set(g.id, `g${i + 1}`);
    const parent = g.parentId && groupIds.has(g.parentId) ? g.parentId : undefined;
    children.set(parent, [...(children.get(parent) ?? []), g.id]);
  });
  const members = new Map<string | undefined, string[]>();
  for (const n of design.nodes) {
    if (!keep.nodes.has(n.id)) continue;
    const home = n.groupId && groupIds.has(n.groupId) ? n.groupId : undefined;
    members.set(home, [...(members.get(home) ?? []), n.id]);
  }
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const groupById = new Map(groups.map((g) => [g.id, g]));
  const wide = scene.blocks.reduce((s, b) => s + Math.abs(b.box.x), 0) >= scene.blocks.reduce((s, b) => s + Math.abs(b.box.y), 0);
  const lines = [`flowchart ${wide ? 'LR' : 'TB'}`];
  const seen = new Set<string>();
  const emit = (parent: string | undefined, depth: number): void => {
    const pad = '  '.repeat(depth);
    for (const id of members.get(parent) ?? []) {
      const n = byId.get(id)!;
      const name = names.get(id)!;
      if (n.kind === NOTE_KIND) {
        lines.push(`${pad}${name}>${mermaidText(n.label || 'note')}]`);
        continue;
      }
      const { kind, known } = resolveBlockKind(n.kind);
      const figures = badges.get(id) ?? [];
      const label = mermaidText(n.label || kind.name);
      const text = figures.length > 0 ? `${label.slice(0, -1)}<br/>${figures.join(' · ')}"` : label;
      if (known && kind.behaviour.storesData) lines.push(`${pad}${name}[(${text})]`);
      else if (known && kind.behaviour.isClient) lines.push(`${pad}${name}([${text}])`);
      else lines.push(`${pad}${name}[${text}]`);
    }
    for (const gid of children.get(parent) ?? []) {
      if (seen.has(gid) || depth > design.groups.length) continue;
      seen.add(gid);
      const g = groupById.get(gid)!;
      const kindName = { region: 'Region', zone: 'Availability zone', network: 'Network' }[g.kind];
      lines.push(`${pad}subgraph ${names.get(gid)}[${mermaidText(`${kindName}: ${g.label}`)}]`);
      emit(gid, depth + 1);
      lines.push(`${pad}end`);
    }
  };
  emit(undefined, 1);
  for (const e of design.edges) {
    if (!keep.nodes.has(e.source) || !keep.nodes.has(e.target)) continue;
    const [s, t] = [names.get(e.source), names.get(e.target)];
    if (!s || !t) continue;
    lines.push(`  ${s} ${ARROWS[e.kind]}${e.label ? `|${mermaidText(e.label)}|` : ''} ${t}`);
  }
  return `${lines.join('\n')}\n`;
}
