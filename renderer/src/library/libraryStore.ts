import { create } from 'zustand';
import type { DesignSummary } from '../../../shared/api/contract';
import { api } from '../api/client';
import { unwrap } from '../api/unwrap';
import { reportError } from '../app/toasts';

interface LibraryState {
  designs: DesignSummary[];
  loading: boolean;
  refresh: () => Promise<void>;
  create: (name: string) => Promise<string | null>;
  rename: (id: string, name: string) => Promise<void>;
  duplicate: (id: string) => Promise<void>;
  remove: (id: string) => Promise<void>;
}

/** The design library as the home view shows it; every action reports its own failure. */
export const useLibrary = create<LibraryState>((set, get) => ({
  designs: [],
  loading: true,
  refresh: async () => {
    try {
      set({ designs: await unwrap(api.listDesigns({})), loading: false });
    } catch (err) {
      set({ loading: false });
      reportError(err);
    }
  },
  create: async (name) => {
    try {
      const record = await unwrap(api.createDesign({ name }));
      await get().refresh();
      return record.summary.id;
    } catch (err) {
      reportError(err);
      return null;
    }
  },
  rename: async (id, name) => {
    try {
      await unwrap(api.renameDesign({ id, name }));
    } catch (err) {
      reportError(err);
    }
    await get().refresh();
  },
  duplicate: async (id) => {
    try {
      await unwrap(api.duplicateDesign({ id }));
    } catch (err) {
      reportError(err);
    }
    await get().refresh();
  },
  remove: async (id) => {
    try {
      await unwrap(api.deleteDesign({ id }));
    } catch (err) {
      reportError(err);
    }
    await get().refresh();
  },
}));
