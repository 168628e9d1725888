import type { Plugin } from 'vite';

/**
 * React Flow 12 mounts its selection listener when `onSelectionChangeHandlers` is truthy, and it
 * is an array, so always: on every change to its store (every frame of a drag or a pan) the
 * listener walks every node and connection to collect the selected ones, and compares their ids
 * with the last frame's. Envelope registers no selection handler. Measured at 1,000 blocks, that
 * walk was about half of React Flow's own work when it takes the nodes of a drag frame.
 *
 * This build step makes the test what it means (any handler registered). It fails the build if
 * React Flow's code no longer reads as expected, so an upgrade is checked rather than silently
 * left unpatched or wrongly patched.
 */
export const SELECTION_LISTENER_BUG = 'const changeSelector = (s) => !!s.onSelectionChangeHandlers;';
export const SELECTION_LISTENER_FIX = 'const changeSelector = (s) => s.onSelectionChangeHandlers.length > 0;';
const REACT_FLOW_ENTRY = /[\\/]@xyflow[\\/]react[\\/]dist[\\/]esm[\\/]index\.m?js$/;

export function patchSelectionListener(code: string): string {
  const at = code.indexOf(SELECTION_LISTENER_BUG);
  if (at < 0 || code.indexOf(SELECTION_LISTENER_BUG, at + 1) >= 0) {
    throw new Error(
      "React Flow's selection listener test is not the one line expected (scripts/vite/reactFlowSelectionListener.ts). " +
        'Check whether @xyflow/react still mounts SelectionListenerInner with no selection handler registered, then update or remove this patch.',
    );
  }
  return code.replace(SELECTION_LISTENER_BUG, SELECTION_LISTENER_FIX);
}

export function reactFlowSelectionListener(): Plugin {
  return {
    name: 'envelope:react-flow-selection-listener',
    // Production bundles only: the dev server pre-bundles dependencies without this hook.
    apply: 'build',
    transform(code, id) {
      if (!REACT_FLOW_ENTRY.test(id.split('?')[0]!)) return null;
      try {
        return { code: patchSelectionListener(code), map: null };
      } catch (e) {
        this.error(e instanceof Error ? e.message : String(e));
      }
    },
  };
}
