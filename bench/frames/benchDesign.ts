import type { Design } from '../../shared/model/design';
import { generateDesign } from '../generateDesign';

/** Grid pitch in flow units: a block is about 180x52, so neighbours never touch. */
const PITCH = { x: 260, y: 120 };

/**
 * The engine bench's realistic design (catalog mix, about two connections per block), placed on a
 * grid as a person would arrange it: layer by layer in reading order, with a canvas about as wide
 * as a 16:10 screen, so connections mostly join neighbours and the fitted view is a full screen.
 */
export function benchDesign(blocks: number): Design {
  const design = generateDesign(blocks);
  const columns = Math.ceil(Math.sqrt(blocks * 1.6 * (PITCH.y / PITCH.x)));
  const nodes = design.nodes.map((n, i) => ({ ...n, position: { x: (i % columns) * PITCH.x, y: Math.floor(i / columns) * PITCH.y } }));
  return { ...design, nodes };
}
