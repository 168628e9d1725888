import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { Design } from '../../shared/model/design';
import type { EstimateResult } from '../../shared/estimate';
import type { RenderedSvg } from '../../shared/render';
import { reportNumbers, type ReportTable } from '../../shared/render/report';
import { interFontFiles } from './fonts';

/**
 * A vector PDF: the diagram on page 1 (the same SVG, drawn as PDF paths and text by
 * svg-to-pdfkit, Inter embedded by pdfkit), then the numbers: workload, summary, one row per
 * block, warnings, the very rows of the Markdown report (shared/render/report.ts). Text stays
 * text, so the PDF is searchable.
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

/**
 * Column widths in points of the report's tables (shared/render/report.ts), summing to the
 * portrait page's 515 between the margins; cells that do not fit wrap onto more lines.
 */
const WIDTHS = {
  operations: [100, 85, 55, 55, 95, 40, 85],
  summary: [260, 255],
  blocks: [95, 90, 75, 75, 55, 65, 60],
} as const satisfies Record<string, readonly number[]>;

/** A table with fixed column widths that starts a new page when the next row would not fit. */
function table(doc: Doc, { columns, rows }: ReportTable, widths: readonly number[]): void {
  const row = (cells: string[], bold: boolean): void => {
    if (doc.y > A4.h - MARGIN - 24) doc.addPage({ size: 'A4', margin: MARGIN });
    const y = doc.y;
    let x = MARGIN;
    let height = 0;
    doc.font(bold ? 'Inter-SemiBold' : 'Inter').fontSize(8.5);
    cells.forEach((cell, i) => {
      doc.text(cell, x, y, { width: widths[i]! - 6, align: columns[i]!.right ? 'right' : 'left' });
      height = Math.max(height, doc.y - y);
      x += widths[i]!;
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

/** `selection`: the ids the picture was drawn from; the numbers pages then cover those blocks too. */
export async function renderPdf(design: Design, picture: RenderedSvg, result: EstimateResult | null, selection?: readonly string[]): Promise<Uint8Array> {
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
    const numbers = reportNumbers(design, result, selection);
    doc.addPage({ size: 'A4', layout: 'portrait', margin: MARGIN });
    heading(doc, 'Workload');
    doc.font('Inter').fontSize(9.5).fillColor('#1d2330');
    for (const line of numbers.workload) doc.text(line);
    doc.moveDown(0.6);
    if (numbers.operations.rows.length > 0) table(doc, numbers.operations, WIDTHS.operations);
    heading(doc, 'Summary');
    table(doc, numbers.summary, WIDTHS.summary);
    heading(doc, 'Blocks');
    table(doc, numbers.blocks, WIDTHS.blocks);
    heading(doc, 'Warnings');
    doc.font('Inter').fontSize(9).fillColor('#1d2330');
    if (numbers.warnings.length === 0) doc.text('None.');
    for (const w of numbers.warnings) doc.text(`${w.severity}: ${w.message}${w.block === undefined ? '' : ` (${w.block})`}`, { paragraphGap: 2 });
  }
  doc.end();
  return done;
}
