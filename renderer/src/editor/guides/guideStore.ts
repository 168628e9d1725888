import { create } from 'zustand';
import type { Guides } from './alignment';

/** The guide lines shown during a drag; apart from the document so they never reach history. */
export const useGuides = create<Guides>(() => ({ vertical: null, horizontal: null }));
export const clearGuides = (): void => useGuides.setState({ vertical: null, horizontal: null });
