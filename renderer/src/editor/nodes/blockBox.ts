/**
 * A block's size before React Flow has measured it in full: the far-zoom box of a block that has
 * never been drawn closer (a large design opens far out) is drawn, and so measured, at this size.
 */
export const UNMEASURED_BLOCK = { width: 184, height: 72 };

/**
 * About the most a block grows to: badges wrap at 240 px, plus padding and border; two badge rows.
 * Auto-layout places a block still measured at UNMEASURED_BLOCK at this size, so it cannot overlap
 * a neighbour once it is drawn in full.
 */
export const LARGEST_BLOCK = { width: 266, height: 92 };

/** True when `size` is the far-zoom guess rather than a block's real size. */
export const isGuessedBlockSize = (size: { width?: number; height?: number } | undefined): boolean =>
  size?.width === UNMEASURED_BLOCK.width && size?.height === UNMEASURED_BLOCK.height;
