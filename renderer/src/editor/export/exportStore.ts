import { create } from 'zustand';
import { ExportOptionsSchema, type ExportOptions } from '../../../../shared/render/options';

/**
 * The Export dialog's state: open or not, and the options last used for each design, kept in
 * localStorage (the choice of picture belongs to this machine, not to the design document).
 * A stored choice that no longer parses is dropped for the defaults.
 */
export type RememberedOptions = Omit<ExportOptions, 'selection' | 'sizes'> & { selectionOnly: boolean };

const KEY = (designId: string): string => `envelope.export.${designId}`;

export const defaultExportOptions = (): RememberedOptions => ({ ...ExportOptionsSchema.parse({}), selectionOnly: false });

export function rememberedOptions(designId: string): RememberedOptions {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY(designId)) ?? 'null') as unknown;
    if (raw === null || typeof raw !== 'object') return defaultExportOptions();
    const parsed = ExportOptionsSchema.safeParse(raw);
    const selectionOnly = (raw as { selectionOnly?: unknown }).selectionOnly === true;
    return parsed.success ? { ...parsed.data, selectionOnly } : defaultExportOptions();
  } catch {
    return defaultExportOptions();
  }
}

export function rememberOptions(designId: string, options: RememberedOptions): void {
  try {
    localStorage.setItem(KEY(designId), JSON.stringify(options));
  } catch {
    // Storage full or disabled: the dialog still works, it only forgets.
  }
}

interface ExportUi {
  open: boolean;
  /** Opened from a selection's context menu: start with "selection only" ticked. */
  fromSelection: boolean;
  set: (patch: Partial<Omit<ExportUi, 'set'>>) => void;
}

export const useExportUi = create<ExportUi>((set) => ({ open: false, fromSelection: false, set: (patch) => set(patch) }));
