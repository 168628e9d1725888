import { create } from 'zustand';
import type { DesignSummary } from '../../../shared/api/contract';
import { api } from '../api/client';
import { unwrap } from '../api/unwrap';
import { reportError } from '../app/toasts';
import type { Template } from './templates';

export type TrashedDesign = DesignSummary & { deletedAt: string };
export type RecentDesign = DesignSummary & { openedAt: string };

interface LibraryState {
  designs: DesignSummary[];
  recent: RecentDesign[];
  trash: TrashedDesign[];
  loading: boolean;
  /** Bumped to ask the new-design form to take focus (the "New design" command). */
  focusNewDesign: number;
  refresh: () => Promise<void>;
  create: (name: string, template?: Template) => Promise<string | null>;
  rename: (id: string, name: string) => Promise<void>;
  duplicate: (id: string) => Promise<void>;
  remove: (id: string) => Promise<void>;
  restore: (id: string) => Promise<void>;
  purge: (id: string) => Promise<void>;
  emptyTrash: () => Promise<void>;
}

/** How many recently opened designs the library shows above the rest. */
const RECENT_LIMIT = 4;

/** Run a library action; report its failure and reload the lists either way. */
async function act(action: () => Promise<unknown>): Promise<void> {
  try {
    await action();
  } catch (err) {
    reportError(err);
  }
  await useLibrary.getState().refresh();
}

/** The design library as the home view shows it; every action reports its own failure. */
export const useLibrary = create<LibraryState>((set, get) => ({
  designs: [],
  recent: [],
  trash: [],
  loading: true,
  focusNewDesign: 0,
  refresh: async () => {
    try {
      const [designs, recent, trash] = await Promise.all([
        unwrap(api.listDesigns({})),
        unwrap(api.listRecent({ limit: RECENT_LIMIT })),
        unwrap(api.listTrash({})),
      ]);
      set({ designs, recent, trash, loading: false });
    } catch (err) {
      set({ loading: false });
      reportError(err);
    }
  },
  create: async (name, template) => {
    try {
      const record = await unwrap(api.createDesign({ name }));
      const id = record.summary.id;
      if (template) {
        // The template's elements under the new design's own id and the name the user chose.
        await unwrap(api.saveDesign({ id, document: { ...template.document, id, name: record.document.name } }));
      }
      await get().refresh();
      return id;
    } catch (err) {
      reportError(err);
      return null;
    }
  },
  rename: (id, name) => act(() => unwrap(api.renameDesign({ id, name }))),
  duplicate: (id) => act(() => unwrap(api.duplicateDesign({ id }))),
  remove: (id) => act(() => unwrap(api.deleteDesign({ id }))),
  restore: (id) => act(() => unwrap(api.restoreDesign({ id }))),
  purge: (id) => act(() => unwrap(api.purgeDesign({ id }))),
  emptyTrash: () => act(() => unwrap(api.emptyTrash({}))),
}));

export function requestNewDesignFocus(): void {
  useLibrary.setState((s) => ({ focusNewDesign: s.focusNewDesign + 1 }));
}
