import { create } from 'zustand';
import type { FigureRef } from '../../../shared/estimate';

/** The figure whose "why?" is open, if any. */
export const useExplain = create<{ ref: FigureRef | null; open: (ref: FigureRef) => void; close: () => void }>((set) => ({
  ref: null,
  open: (ref) => set({ ref }),
  close: () => set({ ref: null }),
}));
