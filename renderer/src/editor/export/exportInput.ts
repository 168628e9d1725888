import type { Design } from '../../../../shared/model';
import type { ExportOptionsInput } from '../../../../shared/render/options';
import { isGuessedBlockSize } from '../nodes/blockBox';
import { currentDocument, useEditor } from '../store/editorStore';
import type { RememberedOptions } from './exportStore';

/** What an export is made from: the design as it is now, what is selected, and block sizes as the canvas measured them. */
export interface ExportSource {
  document: Design;
  selection: string[];
  sizes: Record<string, { width: number; height: number }>;
}

export function exportSource(): ExportSource | null {
  const document = currentDocument();
  if (!document) return null;
  const { nodes } = useEditor.getState();
  const sizes: ExportSource['sizes'] = {};
  for (const n of nodes) {
    if (n.type !== 'block') continue;
    const size = { width: n.measured?.width ?? n.width, height: n.measured?.height ?? n.height };
    // A block never drawn close up (a large design opens far out) has a guessed size; the exporter sizes it itself.
    if (size.width && size.height && !isGuessedBlockSize(size)) sizes[n.id] = { width: size.width, height: size.height };
  }
  return { document, selection: nodes.filter((n) => n.selected).map((n) => n.id), sizes };
}

export function exportOptions(source: ExportSource, options: RememberedOptions): ExportOptionsInput {
  const { selectionOnly, ...rest } = options;
  return { ...rest, sizes: source.sizes, ...(selectionOnly && source.selection.length > 0 ? { selection: source.selection } : {}) };
}
