import { create } from 'zustand';

export interface Toast {
  id: number;
  kind: 'error' | 'info';
  message: string;
}

interface ToastState {
  toasts: Toast[];
  push: (kind: Toast['kind'], message: string) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

/** Messages for the user: errors stay until dismissed, info fades after a few seconds. */
export const useToasts = create<ToastState>((set, get) => ({
  toasts: [],
  push: (kind, message) => {
    const id = nextId++;
    set({ toasts: [...get().toasts, { id, kind, message }] });
    if (kind === 'info') setTimeout(() => get().dismiss(id), 4000);
  },
  dismiss: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) }),
}));

export const reportError = (err: unknown): void =>
  useToasts.getState().push('error', err instanceof Error ? err.message : String(err));
