/**
 * Drag-and-drop types between the palette and the canvas. A custom type (not text/plain) so a
 * drop of ordinary text or a file onto the canvas is never mistaken for a block.
 */

/** Carries a block kind id, e.g. "cache". */
export const PALETTE_MIME = 'application/x-envelope-kind';

/** Carries a palette extra: "note", or "group:region" / "group:zone" / "group:network". */
export const PALETTE_EXTRA_MIME = 'application/x-envelope-extra';
