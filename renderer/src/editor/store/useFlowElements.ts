import { useEditor, type EditorState } from './editorStore';
import { useScheduledSelector } from './useScheduledSelector';

type FlowElements = Pick<EditorState, 'nodes' | 'edges'>;
const pick = (s: EditorState): FlowElements => ({ nodes: s.nodes, edges: s.edges });
const same = (a: FlowElements, b: FlowElements) => a.nodes === b.nodes && a.edges === b.edges;

/**
 * The canvas's blocks and connections, rendered in a scheduled task rather than synchronously on
 * every store update (see useScheduledSelector): a drag's pointer moves then merge into one render
 * when a frame overruns, instead of each being rendered late.
 */
export function useFlowElements(): FlowElements {
  return useScheduledSelector(useEditor, pick, same);
}
