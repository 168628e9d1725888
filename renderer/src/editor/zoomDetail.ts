import type { ReactFlowState } from '@xyflow/react';

/**
 * Below this zoom a block's 13 px label is under 4.6 px on screen: nobody can read it, yet painting
 * the text, icon masks, badges, shadows and the dot grid is most of a frame's cost when a large
 * design is fitted to the window (software raster, no GPU). Like Figma and Miro, the canvas then
 * draws blocks as tinted boxes ("greeking") until the user zooms back in.
 */
const FAR_ZOOM = 0.35;

/** Selector for React Flow's store: true only when the view is zoomed out past FAR_ZOOM. */
export const selectFar = (s: ReactFlowState): boolean => s.transform[2] < FAR_ZOOM;
