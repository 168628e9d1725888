import type { Design } from '../model/design';
import type { EstimateResult } from '../estimate';
import { serializeDesignFile } from '../model/designFile';
import { ICON_MARKUP } from './icons';
import { INTER_WOFF2_BASE64 } from './fonts/embedded';
import { BADGE, BLOCK, badgeRows, type Box } from './layout';
import { ExportOptionsSchema, type ExportOptions, type ExportOptionsInput } from './options';
import { buildScene, estimateFor, type Load, type Scene } from './scene';
import { baseline, LINE_HEIGHT, measure, wrap } from './text';
import { mix, palette, type Palette } from './theme';
import { esc, num } from './xml';
import { svgDesignMetadata } from './embedSvg';

/**
 * A design as SVG text, drawn as the canvas draws it: pure (no DOM, no fonts loaded, no clock),
 * so it runs in the renderer, in main and in the CLI, and the same input gives the same bytes.
 * Text stays text (<text>, with a <title> and aria-label per block), in Inter embedded as WOFF2
 * so every viewer draws the same letters.
 */
export interface SvgOptions extends ExportOptionsInput {
  /** Leave the @font-face out: the caller hands the rasteriser (resvg, pdfkit) the font files itself. */
  embedFonts?: boolean;
}

export interface RenderedSvg {
  svg: string;
  width: number;
  height: number;
  /** Canvas units to the picture's top-left corner: a block at canvas (x, y) is at (x - originX, y - originY). */
  originX: number;
  originY: number;
  /** What was drawn, for captions and checks. */
  counts: { blocks: number; connections: number; groups: number; notes: number };
}

const FONT_FAMILY = "Inter, 'Inter Variable', system-ui, sans-serif";
const EMPTY = { w: 240, h: 120 };

function bounds(scene: Scene): Box | null {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const add = (b: Box): void => {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.w);
    y1 = Math.max(y1, b.y + b.h);
  };
  scene.groups.forEach((g) => add(g.box));
  scene.blocks.forEach((b) => add(b.box));
  scene.notes.forEach((n) => add(n.box));
  for (const e of scene.edges) {
    if (e.label) {
      const w = measure(e.label, 11) + 12;
      add({ x: e.labelX - w / 2, y: e.labelY - 9, w, h: 18 });
    }
  }
  return Number.isFinite(x0) ? { x: x0, y: y0, w: x1 - x0, h: y1 - y0 } : null;
}

/**
 * Inter's semibold file names its family "Inter SemiBold" (no typographic family), so a
 * rasteriser that matches fonts by file (resvg) is asked for it by name first; a browser finds
 * the embedded @font-face "Inter" at weight 600 instead.
 */
const SEMIBOLD = ` font-weight="600" font-family="'Inter SemiBold', ${FONT_FAMILY}"`;

const text = (x: number, y: number, size: number, weight: 400 | 600, fill: string, content: string, extra = ''): string =>
  `<text x="${num(x)}" y="${num(y)}" font-size="${size}"${weight === 600 ? SEMIBOLD : ''} fill="${fill}"${extra}>${esc(content)}</text>`;

function drawGroup(g: Scene['groups'][number], p: Palette): string {
  const { box, group } = g;
  const tint = { region: '#7c5cff', zone: '#1f9d55', network: null }[group.kind];
  const stroke = tint ? mix(tint, 60, p.nodeBorder) : p.nodeBorder;
  const dash = group.kind === 'network' ? '1.5 3' : '6 4';
  const kindName = { region: 'REGION', zone: 'AVAILABILITY ZONE', network: 'NETWORK / VPC' }[group.kind];
  const kindWidth = measure(kindName, 10, 400, 0.6);
  const y = baseline(box.y + 6, 12);
  return (
    `<g class="group group-${group.kind}" aria-label="${esc(`${kindName.toLowerCase()}: ${group.label}`)}">` +
    `<rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.w)}" height="${num(box.h)}" rx="14" fill="${p.accent}" fill-opacity="0.04" stroke="${stroke}" stroke-width="1.5" stroke-dasharray="${dash}"/>` +
    text(box.x + 12, y, 10, 400, p.muted, kindName, ' letter-spacing="0.6"') +
    text(box.x + 12 + kindWidth + 8, y, 12, 600, p.text, group.label) +
    '</g>'
  );
}

function drawEdge(e: Scene['edges'][number], p: Palette): string {
  const color = e.kind === 'replication' ? p.warn : p.edge;
  const dash = e.kind === 'async' ? ' stroke-dasharray="6 4"' : '';
  let out = `<g class="edge edge-${e.kind}"><path d="${e.path}" fill="none" stroke="${color}" stroke-width="1"${dash}/>`;
  out += `<path d="${e.arrow}" fill="${color}" stroke="${color}" stroke-width="0.63" stroke-linejoin="round"/>`;
  if (e.label) {
    const w = measure(e.label, 11) + 12;
    const h = 11 * LINE_HEIGHT + 4;
    out += `<rect x="${num(e.labelX - w / 2)}" y="${num(e.labelY - h / 2)}" width="${num(w)}" height="${num(h)}" rx="4" fill="${p.panel}" stroke="${p.border}"/>`;
    out += text(e.labelX, baseline(e.labelY - h / 2 + 2, 11), 11, 400, p.text, e.label, ' text-anchor="middle"');
  }
  return `${out}</g>`;
}

const LOAD_COLOURS = (p: Palette): Record<Load, { bg: string; fg: string } | null> => ({
  idle: null,
  ok: { bg: mix(p.ok, 16, p.nodeBg), fg: mix(p.ok, 80, p.text) },
  busy: { bg: mix(p.warn, 20, p.nodeBg), fg: mix(p.warn, 80, p.text) },
  over: { bg: mix(p.danger, 18, p.nodeBg), fg: p.danger },
});

/** Colours worked out once per picture, not once per block. */
interface BlockColours {
  load: Record<Load, { bg: string; fg: string } | null>;
  iconBg: string;
}

function drawBlock(b: Scene['blocks'][number], p: Palette, colours: BlockColours): string {
  const { box } = b;
  const border = b.load === 'over' ? p.danger : p.nodeBorder;
  const inner = { x: box.x + BLOCK.border + BLOCK.padX, y: box.y + BLOCK.border + BLOCK.padY, w: box.w - 2 * (BLOCK.border + BLOCK.padX) };
  const textHeight = BLOCK.labelSize * LINE_HEIGHT + (b.kindName ? BLOCK.kindSize * LINE_HEIGHT : 0);
  const mainHeight = Math.max(BLOCK.icon, textHeight);
  const name = b.kindName ? `${b.node.label} (${b.kindName})` : b.node.label;
  let out = `<g class="block" data-id="${esc(b.node.id)}" aria-label="${esc(name)}"><title>${esc(name)}</title>`;
  out += `<rect x="${num(box.x + 0.5)}" y="${num(box.y + 0.5)}" width="${num(box.w - 1)}" height="${num(box.h - 1)}" rx="10" fill="${p.nodeBg}" stroke="${border}"${b.known ? '' : ' stroke-dasharray="4 3"'}/>`;
  const iconY = inner.y + (mainHeight - BLOCK.icon) / 2;
  out += `<rect x="${num(inner.x)}" y="${num(iconY)}" width="30" height="30" rx="8" fill="${colours.iconBg}"/>`;
  const icon = ICON_MARKUP[b.icon] ?? ICON_MARKUP.box!;
  out += `<g transform="translate(${num(inner.x + 6)} ${num(iconY + 6)}) scale(0.75)" fill="none" stroke="${p.accent}" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round">${icon}</g>`;
  const textX = inner.x + BLOCK.icon + BLOCK.iconGap;
  const textTop = inner.y + (mainHeight - textHeight) / 2;
  out += text(textX, baseline(textTop, BLOCK.labelSize), BLOCK.labelSize, 600, p.text, b.node.label);
  if (b.kindName) out += text(textX, baseline(textTop + BLOCK.labelSize * LINE_HEIGHT, BLOCK.kindSize), BLOCK.kindSize, 400, p.muted, b.kindName);
  if (b.badges.length > 0) {
    const loadColour = colours.load[b.load];
    let y = inner.y + mainHeight + BLOCK.gap;
    let k = 0;
    // In a box the canvas measured, its badges fit the width exactly by Chromium's metrics; ours
    // may differ by a fraction of a pixel, which must not wrap the last badge onto a row of its own.
    const slack = b.measured ? 4 : 0;
    for (const row of badgeRows(b.badges, Math.min(BADGE.maxRow, inner.w) + slack)) {
      let x = inner.x;
      for (const w of row) {
        const colour = k === 0 && loadColour ? loadColour : k === b.shortfall ? colours.load.over! : { bg: p.bg, fg: p.muted };
        out += `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${BADGE.height}" rx="4" fill="${colour.bg}"/>`;
        out += text(x + BADGE.padX + 1, baseline(y + 2, BADGE.size, 12), BADGE.size, 400, colour.fg, b.badges[k]!);
        x += w + BADGE.gap;
        k++;
      }
      y += BADGE.height + BADGE.gap;
    }
  }
  return `${out}</g>`;
}

function drawNote(n: Scene['notes'][number], p: Palette, index: number): string {
  const { box } = n;
  const lines = wrap(n.node.label, 13, Math.max(1, box.w - 26));
  const clip = `note-clip-${index}`;
  let out = `<g class="note" aria-label="${esc(`note: ${n.node.label}`)}">`;
  out += `<clipPath id="${clip}"><rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.w)}" height="${num(box.h)}"/></clipPath>`;
  out += `<rect x="${num(box.x + 0.5)}" y="${num(box.y + 0.5)}" width="${num(box.w - 1)}" height="${num(box.h - 1)}" rx="4" fill="${p.noteBg}" stroke="${p.noteBorder}"/>`;
  out += `<g clip-path="url(#${clip})">`;
  const lineHeight = 13 * LINE_HEIGHT;
  const maxLines = Math.max(0, Math.ceil((box.h - 11) / lineHeight));
  lines.slice(0, maxLines).forEach((line, i) => {
    if (line) out += text(box.x + 13, baseline(box.y + 11 + i * lineHeight, 13), 13, 400, p.noteText, line, ' xml:space="preserve"');
  });
  return `${out}</g></g>`;
}

function fontFaces(): string {
  return ([400, 600] as const)
    .map((w) => `@font-face{font-family:Inter;font-weight:${w};src:url(data:font/woff2;base64,${INTER_WOFF2_BASE64[w]}) format('woff2')}`)
    .join('');
}

/** One drawn thing and the picture rows it can reach (canvas units), so a band of the picture takes only what is in it. */
export interface Piece {
  markup: string;
  top: number;
  bottom: number;
}

/** A picture before it is written out: its frame (canvas units), the pieces in drawing order, and what they are. */
export interface Composed {
  frame: Box;
  background: string | null;
  pieces: Piece[];
  counts: RenderedSvg['counts'];
}

const edgeReach = (e: Scene['edges'][number]): Pick<Piece, 'top' | 'bottom'> => {
  const labelHalf = e.label ? (11 * LINE_HEIGHT + 4) / 2 : 0;
  return { top: Math.min(e.hull.y, e.labelY - labelHalf), bottom: Math.max(e.hull.y + e.hull.h, e.labelY + labelHalf) };
};

export function composePicture(design: Design, options: ExportOptions, result?: EstimateResult): Composed {
  const p = palette(options.theme);
  const scene = buildScene(design, options, estimateFor(design, options.figures, result));
  const box = bounds(scene) ?? { x: 0, y: 0, ...EMPTY };
  const pad = options.padding;
  const frame = { x: box.x - pad, y: box.y - pad, w: Math.max(1, box.w + 2 * pad), h: Math.max(1, box.h + 2 * pad) };
  const reach = (b: Box): Pick<Piece, 'top' | 'bottom'> => ({ top: b.y, bottom: b.y + b.h });
  const pieces: Piece[] = [];
  for (const g of scene.groups) pieces.push({ markup: drawGroup(g, p), ...reach(g.box) });
  for (const e of scene.edges) pieces.push({ markup: drawEdge(e, p), ...edgeReach(e) });
  // Blocks and notes in document order, as the canvas stacks them.
  let b = 0;
  let n = 0;
  const colours: BlockColours = { load: LOAD_COLOURS(p), iconBg: mix(p.accent, 14, p.nodeBg) };
  for (const node of design.nodes) {
    if (scene.blocks[b]?.node === node) {
      const block = scene.blocks[b++]!;
      // A box the canvas measured may be too short for badge rows our metrics wrap: they are drawn
      // below it, so the block reaches (at most) a row per badge further down.
      const spill = block.measured ? block.badges.length * (BADGE.height + BADGE.gap) : 0;
      pieces.push({ markup: drawBlock(block, p, colours), top: block.box.y, bottom: block.box.y + block.box.h + spill });
    } else if (scene.notes[n]?.node === node) {
      const note = scene.notes[n]!;
      pieces.push({ markup: drawNote(note, p, n++), ...reach(note.box) });
    }
  }
  return {
    frame,
    background: options.background === 'solid' ? p.bg : null,
    pieces,
    counts: { blocks: scene.blocks.length, connections: scene.edges.length, groups: scene.groups.length, notes: scene.notes.length },
  };
}

export const FONT_FAMILY_ATTR = esc(FONT_FAMILY);

export const backgroundRect = (x: number, y: number, w: number, h: number, fill: string): string =>
  `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" fill="${fill}"/>\n`;

export function renderSvg(design: Design, input: SvgOptions = {}, result?: EstimateResult): RenderedSvg {
  const options = ExportOptionsSchema.parse(input);
  const { frame, background, pieces, counts } = composePicture(design, options, result);
  const { x, y, w, h } = frame;
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(w)}" height="${num(h)}" viewBox="${num(x)} ${num(y)} ${num(w)} ${num(h)}" role="img" aria-labelledby="envelope-title" font-family="${FONT_FAMILY_ATTR}">\n`,
    `<title id="envelope-title">${esc(design.name)}</title>\n<desc>${esc(`${counts.blocks} blocks, ${counts.connections} connections, ${counts.groups} groups, ${counts.notes} notes. Drawn by Envelope.`)}</desc>\n`,
  ];
  if (options.embedDesign) parts.push(svgDesignMetadata(serializeDesignFile(design)));
  if (input.embedFonts ?? true) parts.push(`<defs><style>${fontFaces()}</style></defs>\n`);
  if (background) parts.push(backgroundRect(x, y, w, h, background));
  for (const piece of pieces) parts.push(piece.markup, '\n');
  parts.push('</svg>\n');
  return { svg: parts.join(''), width: w, height: h, originX: x, originY: y, counts };
}
