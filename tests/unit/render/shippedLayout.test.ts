import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Design } from '../../../shared/model';
import { parseDesignFile } from '../../../shared/model/designFile';
import { BADGE_FIGURES } from '../../../shared/render/options';
import { buildScene, estimateFor } from '../../../shared/render/scene';
import { LINE_HEIGHT, measure } from '../../../shared/render/text';
import type { Box } from '../../../shared/render/layout';
import { templates } from '../../../renderer/src/library/templates';

/**
 * What we ship is drawn legibly: in every template and example, with every badge the canvas shows,
 * no block covers another (or its badges), every block sits inside its group's box and below its
 * title, no connection's label hides under a block or another label, and no connection runs under a
 * block it does not join (it would look as if it went there). Boxes come from shared/render/layout.ts,
 * which sizes blocks from Inter's metrics as the canvas's CSS does.
 */

const examples = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'docs', 'examples');

const shipped: [string, Design][] = [
  ...templates.map((t): [string, Design] => [`template ${t.name}`, t.document]),
  ...readdirSync(examples)
    .filter((f) => f.endsWith('.envelope.json'))
    .map((f): [string, Design] => {
      const parsed = parseDesignFile(readFileSync(join(examples, f), 'utf8'));
      if (!parsed.ok) throw new Error(`${f}: ${parsed.message}`);
      return [`example ${f}`, parsed.design];
    }),
];

/** Room between two blocks, and between a block and its group's border. */
const GAP = 12;
/** A group's title ("REGION us-east") sits in this strip along its top. */
const GROUP_TITLE = 28;

const overlaps = (a: Box, b: Box, gap = 0): boolean => a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
const within = (a: Box, b: Box): boolean => a.x >= b.x + GAP && a.x + a.w <= b.x + b.w - GAP && a.y >= b.y + GROUP_TITLE && a.y + a.h <= b.y + b.h - GAP;

/** A connection label's box as the canvas draws it: 11 px text with 6 px by 2 px of padding. */
const labelBox = (text: string, x: number, y: number): Box => {
  const w = measure(text, 11) + 12;
  const h = 11 * LINE_HEIGHT + 4;
  return { x: x - w / 2, y: y - h / 2, w, h };
};

/** Points along a connection's cubic curve ("M x,y C x1,y1 x2,y2 x3,y3"). */
function curvePoints(path: string, steps = 64): { x: number; y: number }[] {
  const [x0, y0, x1, y1, x2, y2, x3, y3] = path.match(/-?\d+(\.\d+)?/g)!.map(Number) as [number, number, number, number, number, number, number, number];
  return Array.from({ length: steps - 1 }, (_, i) => {
    const t = (i + 1) / steps;
    const u = 1 - t;
    return { x: u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3, y: u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3 };
  });
}

/** Everything drawn wrong in one design, as sentences: empty when it is legible. */
function layoutProblems(design: Design): string[] {
  const scene = buildScene(design, { figures: [...BADGE_FIGURES] }, estimateFor(design, [...BADGE_FIGURES]));
  const problems: string[] = [];
  const { blocks, groups } = scene;
  for (let i = 0; i < blocks.length; i++) {
    for (let j = i + 1; j < blocks.length; j++) {
      if (overlaps(blocks[i]!.box, blocks[j]!.box, GAP)) problems.push(`"${blocks[i]!.node.label}" and "${blocks[j]!.node.label}" overlap`);
    }
  }
  for (const b of blocks) {
    for (const g of groups) {
      const mine = b.node.groupId === g.group.id;
      if (mine && !within(b.box, g.box)) problems.push(`"${b.node.label}" is not inside its ${g.group.kind} "${g.group.label}"`);
      // Drawn over a group it is not in, a block looks as if it were in it (unless its own group
      // lies on that one too: a zone inside a region).
      const nested = groups.some((p) => p.group.id === b.node.groupId && overlaps(g.box, p.box));
      if (!mine && !nested && overlaps(b.box, g.box)) {
        problems.push(`"${b.node.label}" lies on ${g.group.kind} "${g.group.label}" but is not in it`);
      }
    }
  }
  const ends = new Map(design.edges.map((e) => [e.id, [e.source, e.target]]));
  const labels: { label: string; box: Box }[] = [];
  for (const e of scene.edges) {
    const [source, target] = ends.get(e.id)!;
    const others = blocks.filter((b) => b.node.id !== source && b.node.id !== target);
    const under = others.filter((b) => curvePoints(e.path).some((p) => overlaps({ ...p, w: 0, h: 0 }, b.box)));
    for (const b of under) problems.push(`connection "${e.label || e.id}" runs under "${b.node.label}"`);
    if (!e.label) continue;
    const box = labelBox(e.label, e.labelX, e.labelY);
    for (const b of blocks) if (overlaps(box, b.box, 2)) problems.push(`label "${e.label}" hides under "${b.node.label}"`);
    for (const g of groups) if (overlaps(box, { ...g.box, h: GROUP_TITLE })) problems.push(`label "${e.label}" covers the title of "${g.group.label}"`);
    for (const other of labels) if (overlaps(box, other.box, 2)) problems.push(`labels "${e.label}" and "${other.label}" overlap`);
    labels.push({ label: e.label, box });
  }
  return problems;
}

describe('shipped designs are drawn legibly', () => {
  it('covers the three templates and every example', () => {
    expect(shipped.length).toBeGreaterThanOrEqual(6);
  });

  it.each(shipped)('%s: no overlaps, every block inside its group, every label in the open', (_name, design) => {
    expect(layoutProblems(design)).toEqual([]);
  });

  it('finds what the tester saw in the video template as it was drawn', () => {
    const video = templates.find((t) => t.id === 'video-upload')!.document;
    const at = (id: string, x: number, y: number) => ({ ...video.nodes.find((n) => n.id === id)!, position: { x, y } });
    // Encoded videos back at (700, 100) beside Raw videos at (480, 100), and the CDN up at (220, 60).
    const old = { ...video, nodes: video.nodes.map((n) => (n.id === 'encoded' ? at('encoded', 700, 100) : n.id === 'raw' ? at('raw', 480, 100) : n.id === 'cdn' ? at('cdn', 220, 60) : n)) };
    expect(layoutProblems(old)).toEqual(expect.arrayContaining(['"Raw videos" and "Encoded videos" overlap']));
  });
});
