import { useEffect, useState } from 'react';
import { useEditor, type EditorState } from './editorStore';

type FlowElements = Pick<EditorState, 'nodes' | 'edges'>;
const pick = (s: EditorState): FlowElements => ({ nodes: s.nodes, edges: s.edges });

/**
 * The canvas's blocks and connections as React state fed by the editor store, rather than a
 * useSyncExternalStore subscription, which renders synchronously on every store update. React
 * Flow's drag runs outside React's events, so each pointer move updates the store; as state, the
 * canvas renders in a scheduled task that takes every move made before it (as React Flow's own
 * useNodesState does), and when one frame's work overruns the frame, moves are merged instead of
 * each being rendered late. Updates made inside React's events still render straight away.
 */
export function useFlowElements(): FlowElements {
  const [flow, setFlow] = useState(() => pick(useEditor.getState()));
  useEffect(() => {
    const sync = (s: EditorState) => setFlow((cur) => (cur.nodes === s.nodes && cur.edges === s.edges ? cur : pick(s)));
    // The store may have changed between the first render and this subscription.
    sync(useEditor.getState());
    return useEditor.subscribe(sync);
  }, []);
  return flow;
}
