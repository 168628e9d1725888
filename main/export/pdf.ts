import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { Design } from '../../shared/model/design';
import { blockRow, type EstimateResult } from '../../shared/estimate';
import { resolveBlockKind } from '../../shared/catalog';
import type { RenderedSvg } from '../../shared/render';
import { formatAvailability, formatBits, formatBytes, formatMs, formatPlain } from '../../shared/render/format';
import { interFontFiles } from './fonts';

/**
 * A vector PDF: the diagram on page 1 (the same SVG, drawn as PDF paths and text by
 * svg-to-pdfkit, Inter embedded by pdfkit), then the numbers: workload, summary, one row per
 * block, warnings. Text stays text, so the PDF is searchable.
 */
const A4 = { w: 595.28, h: 841.89 };
const MARGIN = 40;

type Doc = InstanceType<typeof PDFDocument>;

function collect(doc: Doc): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  doc.on('data', (b: Buffer) => parts.push(b));
  return new Promise((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(parts))));
    doc.on('error', reject);
  });
}

/** A table with fixed column widths that starts a new page when the next row would not fit. */
function table(doc: Doc, columns: { title: string; width: number; right?: boolean }[], rows: string[][]): void {
  const row = (cells: string[], bold: boolean): void => {
    if (doc.y > A4.h - MARGIN - 24) doc.addPage({ size: 'A4', margin: MARGIN });
    const y = doc.y;
    let x = MARGIN;
    let height = 0;
    doc.font(bold ? 'Inter-SemiBold' : 'Inter').fontSize(8.5);
    cells.forEach((cell, i) => {
      const c = columns[i]!;
      doc.text(cell, x, y, { width: c.width - 6, align: c.right ? 'right' : 'left' });
      height = Math.max(height, doc.y - y);
      x += c.width;
    });
    doc.y = y + height + 3;
    doc.moveTo(MARGIN, doc.y - 1.5).lineTo(A4.w - MARGIN, doc.y - 1.5).lineWidth(0.3).strokeColor('#dde1e8').stroke();
  };
  row(columns.map((c) => c.title), true);
  rows.forEach((r) => row(r, false));
  doc.x = MARGIN;
  doc.moveDown(0.8);
}

function heading(doc: Doc, text: string): void {
  if (doc.y > A4.h - MARGIN - 60) doc.addPage({ size: 'A4', margin: MARGIN });
  doc.font('Inter-SemiBold').fontSize(13).fillColor('#1d2330').text(text, MARGIN, doc.y);
  doc.moveDown(0.4);
}

export async function renderPdf(design: Design, picture: RenderedSvg, result: EstimateResult | null): Promise<Uint8Array> {
  const fonts = interFontFiles();
  const landscape = picture.width > picture.height;
  const page = landscape ? { w: A4.h, h: A4.w } : A4;
  const doc = new PDFDocument({ size: 'A4', layout: landscape ? 'landscape' : 'portrait', margin: MARGIN, info: { Title: design.name, Creator: 'Envelope', Producer: 'Envelope' }, displayTitle: true });
  const done = collect(doc);
  doc.registerFont('Inter', fonts.regular);
  doc.registerFont('Inter-SemiBold', fonts.semiBold);

  doc.font('Inter-SemiBold').fontSize(16).fillColor('#1d2330').text(design.name, MARGIN, MARGIN, { width: page.w - 2 * MARGIN, lineBreak: false, ellipsis: true });
  const top = MARGIN + 30;
  const box = { w: page.w - 2 * MARGIN, h: page.h - top - MARGIN };
  const scale = Math.min(box.w / picture.width, box.h / picture.height, 2);
  const w = picture.width * scale;
  // svg-to-pdfkit sizes the root <svg> by its own width and height, so the page is scaled instead.
  doc.save().translate(MARGIN + (box.w - w) / 2, top).scale(scale);
  SVGtoPDF(doc, picture.svg, 0, 0, {
    width: picture.width,
    height: picture.height,
    assumePt: true,
    fontCallback: (_family: string, bold: boolean) => (bold ? 'Inter-SemiBold' : 'Inter'),
  });
  doc.restore();

  if (result) {
    const u = result.units;
    const t = result.totals;
    doc.addPage({ size: 'A4', layout: 'portrait', margin: MARGIN });
    heading(doc, 'Workload');
    doc.font('Inter').fontSize(9.5).fillColor('#1d2330');
    doc.text(`${formatPlain(design.workload.dailyActiveUsers)} daily active users, peak ${formatPlain(t.peakFactor)} times the average, data kept ${formatPlain(design.workload.retentionDays)} days, ${u} units.`);
    doc.moveDown(0.6);
    const names = new Map(design.nodes.map((n) => [n.id, n.label || resolveBlockKind(n.kind).kind.name]));
    table(
      doc,
      [{ title: 'Operation', width: 170 }, { title: 'Per user per day', width: 80, right: true }, { title: 'Request', width: 70, right: true }, { title: 'Response', width: 70, right: true }, { title: 'Writes', width: 50 }, { title: 'Enters at', width: 75 }],
      design.workload.operations.map((op) => [op.name, formatPlain(op.requestsPerUserPerDay), formatBytes(op.requestBytes, u), formatBytes(op.responseBytes, u), op.writes ? 'yes' : 'no', op.entryNodeId ? (names.get(op.entryNodeId) ?? op.entryNodeId) : 'first client']),
    );
    heading(doc, 'Summary');
    table(doc, [{ title: 'Figure', width: 260 }, { title: 'Value', width: 255, right: true }], [
      ['Average / peak load', `${formatPlain(t.avgRps)} / ${formatPlain(t.peakRps)} requests/s`],
      ['Instances drawn / needed', `${formatPlain(t.instances)} / ${formatPlain(t.instancesNeeded)}`],
      ['Storage per day / per year / kept', `${formatBytes(t.storageBytesPerDay, u)} / ${formatBytes(t.storageBytesPerYear, u)} / ${formatBytes(t.storageBytesStored, u)}`],
      ['Bandwidth in / out', `${formatBits(t.ingressBitsPerSecond)} / ${formatBits(t.egressBitsPerSecond)}`],
      ['Lowest operation availability', formatAvailability(t.lowestOperationAvailability)],
      ...result.operations.map((op) => [`${op.name}: latency, availability`, `${formatMs(op.latencyMs)}, ${formatAvailability(op.availability)}`]),
    ]);
    heading(doc, 'Blocks');
    const index = new Map(result.blocks.id.map((id, i) => [id, i]));
    const rows = design.nodes
      .filter((n) => index.has(n.id))
      .map((n) => {
        const f = blockRow(result, index.get(n.id)!);
        const kind = resolveBlockKind(n.kind);
        if (f.isClient) return [names.get(n.id)!, kind.known ? kind.kind.name : n.kind, formatPlain(f.figures.peakRps), '—', '—', '—', '—'];
        return [
          names.get(n.id)!,
          kind.known ? kind.kind.name : n.kind,
          formatPlain(f.figures.peakRps),
          `${formatPlain(f.figures.instances)} / ${formatPlain(f.figures.instancesNeeded)}`,
          `${formatPlain(f.figures.utilization * 100)}%`,
          f.figures.bytesPerYear > 0 ? formatBytes(f.figures.bytesPerYear, u) : '—',
          formatAvailability(f.figures.blockAvailability),
        ];
      });
    table(
      doc,
      [{ title: 'Block', width: 120 }, { title: 'Kind', width: 95 }, { title: 'Peak rps', width: 60, right: true }, { title: 'Drawn / needed', width: 65, right: true }, { title: 'Utilisation', width: 55, right: true }, { title: 'Storage/year', width: 60, right: true }, { title: 'Availability', width: 60, right: true }],
      rows,
    );
    heading(doc, 'Warnings');
    doc.font('Inter').fontSize(9).fillColor('#1d2330');
    if (result.warnings.length === 0) doc.text('None.');
    for (const w of result.warnings) doc.text(`${w.severity}: ${w.message}`, { paragraphGap: 2 });
  }
  doc.end();
  return done;
}
