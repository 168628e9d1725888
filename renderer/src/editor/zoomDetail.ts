import { create } from 'zustand';
import { getViewportForBounds, type ReactFlowState, type Viewport } from '@xyflow/react';
import { useMirrorFlowState } from './mirrorFlowState';
import { UNMEASURED_BLOCK } from './nodes/blockBox';

/**
 * Below this zoom a block's 13 px label is under 4.6 px on screen: nobody can read it, yet
 * mounting and painting the text, icon masks, badges, shadows and the dot grid is most of the cost
 * of opening or dragging in a large design fitted to the window (software raster, no GPU). Like
 * Figma and Miro, the canvas then draws blocks as tinted boxes ("greeking") until the user zooms
 * back in.
 */
const FAR_ZOOM = 0.35;

export const isFarZoom = (zoom: number): boolean => zoom < FAR_ZOOM;

/**
 * Whether the view is zoomed out past FAR_ZOOM, in a store of its own: a selector on React Flow's
 * store in every block would run on every frame of every drag; this one notifies the canvas and
 * the blocks only when the threshold is crossed.
 */
export const useFarZoom = create<{ far: boolean }>(() => ({ far: false }));

const selectFar = (s: ReactFlowState): boolean => isFarZoom(s.transform[2]);

/** Keeps useFarZoom in step with React Flow's viewport (call once, inside its provider). */
export const useTrackFarZoom = (): void => useMirrorFlowState(useFarZoom, 'far', selectFar);

interface Placed {
  /** Children are placed relative to their group, which bounds them. */
  parentId?: string;
  position: { x: number; y: number };
  width?: number;
  height?: number;
  measured?: { width?: number; height?: number };
}

/**
 * The viewport fit-view will settle on, from positions alone, so a large design's first render is
 * already the far-zoom one instead of thousands of full blocks mounted at 100 % only to be
 * replaced a frame later. Zoomed in, React Flow's fit corrects it once the blocks are measured;
 * far out the boxes' sizes are known here, so this is the fitted view (Canvas).
 */
export function initialViewport(nodes: Placed[], canvas: { width: number; height: number }, options: { maxZoom: number; minZoom: number; padding: number }): Viewport {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const n of nodes) {
    if (n.parentId) continue;
    const width = n.measured?.width ?? n.width ?? UNMEASURED_BLOCK.width;
    const height = n.measured?.height ?? n.height ?? UNMEASURED_BLOCK.height;
    minX = Math.min(minX, n.position.x);
    minY = Math.min(minY, n.position.y);
    maxX = Math.max(maxX, n.position.x + width);
    maxY = Math.max(maxY, n.position.y + height);
  }
  if (minX === Infinity || canvas.width <= 0 || canvas.height <= 0) return { x: 0, y: 0, zoom: 1 };
  return getViewportForBounds({ x: minX, y: minY, width: maxX - minX, height: maxY - minY }, canvas.width, canvas.height, options.minZoom, options.maxZoom, options.padding);
}

/**
 * A design that opens far out draws every block as a box of a known size (its last measured
 * size, or UNMEASURED_BLOCK): say so before React Flow mounts them. React Flow then shows them
 * at once, measures the same size and reports no change, instead of a second render of every
 * block and connection with the sizes it has just measured (most of opening a large design).
 */
export function withFarBoxSizes<N extends { type?: string; measured?: { width?: number; height?: number } }>(nodes: N[]): N[] {
  return nodes.map((n) => (n.type === 'block' && n.measured?.width === undefined ? { ...n, measured: { ...UNMEASURED_BLOCK } } : n));
}
