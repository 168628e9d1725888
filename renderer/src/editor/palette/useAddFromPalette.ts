import { useCallback } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { BlockKind } from '../../../../shared/catalog';
import { addBlock, addGroup, addNote } from '../store/actions';
import { useEditor } from '../store/editorStore';
import type { PaletteExtra } from './paletteEntries';

type XY = { x: number; y: number };

/** Sizes as drawn, so the item's centre (not its top-left corner) lands at the view's centre. */
const BLOCK_HALF = { x: 80, y: 24 };
const NOTE_HALF = { x: 100, y: 60 };
const GROUP_SIZE = { width: 480, height: 300 };

/**
 * Move a position down-right until no node starts there, so clicking the same item twice makes
 * two visible blocks instead of one hidden under the other.
 */
function freeSpot(p: XY): XY {
  const taken = useEditor.getState().nodes.map((n) => n.position);
  let spot = p;
  for (let i = 0; i < 50 && taken.some((t) => Math.abs(t.x - spot.x) < 8 && Math.abs(t.y - spot.y) < 8); i++) {
    spot = { x: spot.x + 24, y: spot.y + 24 };
  }
  return spot;
}

/** Click / Enter in the palette: add the item at the centre of the visible canvas. */
export function useAddFromPalette(): { addKind: (kind: BlockKind) => void; addExtra: (extra: PaletteExtra) => void } {
  const { screenToFlowPosition } = useReactFlow();

  const centre = useCallback((): XY => {
    const rect = document.querySelector('.canvas')?.getBoundingClientRect();
    return rect ? screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }) : { x: 0, y: 0 };
  }, [screenToFlowPosition]);

  const addKind = useCallback(
    (kind: BlockKind) => {
      const c = centre();
      addBlock(kind.id, kind.name, freeSpot({ x: c.x - BLOCK_HALF.x, y: c.y - BLOCK_HALF.y }));
    },
    [centre],
  );

  const addExtra = useCallback(
    (extra: PaletteExtra) => {
      const c = centre();
      if (extra.type === 'note') addNote(freeSpot({ x: c.x - NOTE_HALF.x, y: c.y - NOTE_HALF.y }));
      else addGroup(extra.groupKind, extra.label, freeSpot({ x: c.x - GROUP_SIZE.width / 2, y: c.y - GROUP_SIZE.height / 2 }), GROUP_SIZE);
    },
    [centre],
  );

  return { addKind, addExtra };
}
