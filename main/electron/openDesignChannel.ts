/**
 * The shell asks the renderer to open a design it has just imported from a file (macOS
 * open-file, a path on the command line, a second launch). One message on its own channel,
 * carrying a design id and nothing else. Shared by the sender (openFiles.ts) and the preload,
 * so it imports nothing: the preload bundles no zod.
 */
export const OPEN_DESIGN_CHANNEL = 'envelope:open-design';

/** The same rule as the model's IdSchema (a unit test holds them together). */
const DESIGN_ID = /^[A-Za-z0-9_.:-]{1,100}$/;

export function isDesignId(value: unknown): value is string {
  return typeof value === 'string' && DESIGN_ID.test(value);
}
