import { create } from 'zustand';

/** Which node's text is being edited inline (double-click or F2); one at a time. */
export const useInlineEditing = create<{ id: string | null; start: (id: string) => void; stop: () => void }>((set) => ({
  id: null,
  start: (id) => set({ id }),
  stop: () => set({ id: null }),
}));
