import type { Plugin } from 'vite';

/**
 * React Flow 12 mounts its selection listener when `onSelectionChangeHandlers` is truthy, and it
 * is an array, so always: on every change to its store (every frame of a drag or a pan) the
 * listener walks every node and every connection React Flow holds to collect the selected ones,
 * and compares their ids with the last frame's. Envelope registers no selection handler.
 * Measured at 1,000 blocks, that walk was about half of React Flow's own work when it takes the
 * nodes of a drag frame.
 *
 * This build step makes the test what it means (any handler registered). It fails the build if
 * React Flow's code no longer reads as expected, or if React Flow is bundled from a file it does
 * not recognise, so an upgrade is checked rather than silently left unpatched or wrongly patched.
 */
export const SELECTION_LISTENER_BUG = 'const changeSelector = (s) => !!s.onSelectionChangeHandlers;';
export const SELECTION_LISTENER_FIX = 'const changeSelector = (s) => s.onSelectionChangeHandlers.length > 0;';
export const REACT_FLOW_ENTRY = /[\\/]@xyflow[\\/]react[\\/]dist[\\/]esm[\\/]index\.m?js$/;

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
  let sawReactFlow = false;
  let patched = false;
  return {
    name: 'envelope:react-flow-selection-listener',
    // Production bundles only: the dev server pre-bundles dependencies without this hook.
    apply: 'build',
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (/[\\/]@xyflow[\\/]react[\\/]/.test(file)) sawReactFlow = true;
      if (!REACT_FLOW_ENTRY.test(file)) return null;
      try {
        const result = { code: patchSelectionListener(code), map: null };
        patched = true;
        return result;
      } catch (e) {
        this.error(e instanceof Error ? e.message : String(e));
      }
    },
    // A React Flow whose files moved would otherwise ship unpatched without a word.
    buildEnd(error) {
      if (!error && sawReactFlow && !patched) {
        this.error('@xyflow/react was bundled but its entry file was not recognised, so the selection listener patch (scripts/vite/reactFlowSelectionListener.ts) was not applied. Update REACT_FLOW_ENTRY, or remove the patch if React Flow fixed the bug.');
      }
    },
  };
}
