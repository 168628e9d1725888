import type { Design } from '../../shared/model/design';
import { serializeDesignFile } from '../../shared/model/designFile';
import { estimate, type EstimateResult } from '../../shared/estimate';
import { designChunkData, ExportOptionsSchema, renderMarkdown, renderMermaid, renderSvg, renderSvgBands, type ExportOptionsInput, type ExportFormat } from '../../shared/render';
import { ApiFailure } from '../../shared/api/result';
import { rasterizeBands } from './png';
import { renderPdf } from './pdf';

/**
 * Every export format from one place, for the contract operation (app and browser host) and
 * the CLI alike: SVG, PNG (resvg), PDF (pdfkit), Markdown and Mermaid. The bytes and the name
 * they should be saved under; nothing is written here.
 */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

export const EXTENSIONS: Record<ExportFormat, string> = { svg: '.envelope.svg', png: '.envelope.png', pdf: '.pdf', md: '.md', mermaid: '.mmd' };
const MIME: Record<ExportFormat, string> = { svg: 'image/svg+xml', png: 'image/png', pdf: 'application/pdf', md: 'text/markdown', mermaid: 'text/vnd.mermaid' };

/** A file name from a design name: what file systems refuse taken out. */
export function exportFileName(name: string, format: ExportFormat): string {
  // eslint-disable-next-line no-control-regex
  const safe = name.replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '').slice(0, 100).trim();
  return `${safe || 'design'}${EXTENSIONS[format]}`;
}

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

export async function exportDesign(design: Design, input: ExportOptionsInput & { imagePath?: string }, given?: EstimateResult): Promise<ExportedFile> {
  const options = ExportOptionsSchema.parse(input);
  const { format } = options;
  const result = given ?? (format === 'md' || format === 'pdf' || options.figures.length > 0 ? safeEstimate(design) : undefined);
  const file = (bytes: Uint8Array): ExportedFile => ({ fileName: exportFileName(design.name, format), mimeType: MIME[format], bytes });
  switch (format) {
    case 'svg':
      return file(text(renderSvg(design, options, result).svg));
    case 'png': {
      // resvg reads the TrueType files itself; the bands carry no fonts, title or design.
      const picture = renderSvgBands(design, options, result);
      checkPixels(picture.width, picture.height, options.scale);
      const extra = options.embedDesign ? [{ type: 'iTXt', data: designChunkData(serializeDesignFile(design)) }] : [];
      return file(await rasterizeBands(picture, extra));
    }
    case 'pdf': {
      const picture = renderSvg(design, { ...options, embedDesign: false, embedFonts: false }, result);
      return file(await renderPdf(design, picture, result ?? null, options.selection));
    }
    case 'md':
      return file(text(renderMarkdown(design, { ...options, imagePath: input.imagePath }, result)));
    case 'mermaid':
      return file(text(renderMermaid(design, options, result)));
  }
}

/** Past these a PNG takes minutes and gigabytes, and most viewers cannot open it anyway. */
export const PNG_LIMITS = { side: 32_000, pixels: 250_000_000 };

function checkPixels(w: number, h: number, scale: number): void {
  if (w <= PNG_LIMITS.side && h <= PNG_LIMITS.side && w * h <= PNG_LIMITS.pixels) return;
  const size = `${Math.round(w).toLocaleString('en-US')} x ${Math.round(h).toLocaleString('en-US')} pixels at ${scale}x`;
  throw new ApiFailure('badRequest', `the PNG would be ${size}, more than Envelope draws (32,000 pixels a side, 250 megapixels); choose a smaller scale or a selection, or export SVG or PDF, which have no such limit`);
}

function safeEstimate(design: Design): EstimateResult | undefined {
  try {
    return estimate(design);
  } catch {
    return undefined;
  }
}
