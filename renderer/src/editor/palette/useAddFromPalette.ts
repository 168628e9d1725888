import { useCallback } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { BlockKind } from '../../../../shared/catalog';
import { addBlockBeside, addNoteBeside } from '../keyboard/addBeside';
import { addGroup } from '../store/actions';
import { useEditor } from '../store/editorStore';
import type { PaletteExtra } from './paletteEntries';

type XY = { x: number; y: number };

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

/**
 * Click / Enter in the palette: blocks and notes go beside the last one (see addBeside), groups at
 * the centre of the visible canvas. `connect` (Shift+Enter) also connects the new block from the
 * one selected before it.
 */
export function useAddFromPalette(): { addKind: (kind: BlockKind, connect?: boolean) => void; addExtra: (extra: PaletteExtra) => void } {
  const { screenToFlowPosition } = useReactFlow();

  const centre = useCallback((): XY => {
    const rect = document.querySelector('.canvas')?.getBoundingClientRect();
    return rect ? screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }) : { x: 0, y: 0 };
  }, [screenToFlowPosition]);

  const addKind = useCallback((kind: BlockKind, connect = false) => {
    addBlockBeside(kind.id, kind.name, connect);
  }, []);

  const addExtra = useCallback(
    (extra: PaletteExtra) => {
      const c = centre();
      if (extra.type === 'note') addNoteBeside();
      else addGroup(extra.groupKind, extra.label, freeSpot({ x: c.x - GROUP_SIZE.width / 2, y: c.y - GROUP_SIZE.height / 2 }), GROUP_SIZE);
    },
    [centre],
  );

  return { addKind, addExtra };
}
