import { create } from 'zustand';

/** Editor chrome state: overlays, view toggles. Not part of the document, not undoable. */
interface UiState {
  paletteOpen: boolean;
  helpOpen: boolean;
  snapToGrid: boolean;
  showMinimap: boolean;
  contextMenu: { x: number; y: number; target: 'selection' | 'canvas' } | null;
  set: (patch: Partial<Omit<UiState, 'set'>>) => void;
}

export const useUi = create<UiState>((set) => ({
  paletteOpen: false,
  helpOpen: false,
  snapToGrid: true,
  showMinimap: true,
  contextMenu: null,
  set: (patch) => set(patch),
}));
