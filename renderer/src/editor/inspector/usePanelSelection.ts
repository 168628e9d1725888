import { startTransition, useEffect, useState } from 'react';
import { useEditor } from '../store/editorStore';
import { usePointerHeld } from '../usePointerHeld';
import { useSelection } from './useSelection';

type Selection = ReturnType<typeof useSelection>;

/** How long a held press waits before the panel shows what it selected. */
const HOLD_MS = 150;

/**
 * The selection the right panel shows: the live one, except around a drag. A press selects a
 * block at once (pressSelectNode), and it is nearly always the start of a drag; re-building the
 * inspector then (form fields laid out, painted and rasterised, a full-height panel) landed in the
 * drag's first frames. So while a press is held the panel waits HOLD_MS, a drag begun meanwhile
 * holds it until the drop, and a release shows the selection at once. Otherwise (keyboard, menus,
 * undo) it shows in the next task, or after HOLD_MS if a button happens to be held. Only a held
 * press holds it for a whole gesture: a gesture React Flow never ended (gestureRelease) must not
 * freeze the panel. The update is a transition: React may interrupt it for a frame.
 *
 * Waiting also keeps a field being typed in mounted until it has blurred when a press selects
 * another block, so its draft commits to the block it was typed for (an e2e test holds this).
 */
export function usePanelSelection(): Selection {
  const { nodeIds, edgeIds } = useSelection();
  const held = usePointerHeld();
  const gesture = useEditor((s) => s.gestureBase !== null);
  const [shown, setShown] = useState<Selection>({ nodeIds, edgeIds });
  const current = shown.nodeIds === nodeIds && shown.edgeIds === edgeIds;
  useEffect(() => {
    if (current || (gesture && held)) return;
    const show = (): void => startTransition(() => setShown({ nodeIds, edgeIds }));
    const timer = setTimeout(show, held ? HOLD_MS : 0);
    return () => clearTimeout(timer);
  }, [current, gesture, held, nodeIds, edgeIds]);
  return shown;
}
