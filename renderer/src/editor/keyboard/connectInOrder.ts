import { newId } from '../../../../shared/model';
import { useToasts } from '../../app/toasts';
import { edgeToFlow } from '../convert';
import { commit, useEditor } from '../store/editorStore';

/**
 * Connect blocks one to the next in the order given (a → b → c): one undo step. Pairs already
 * connected that way, and anything that is not a block (notes, groups), are skipped. Returns how
 * many connections were added.
 */
export function connectInOrder(ids: readonly string[]): number {
  const { nodes, edges } = useEditor.getState();
  const blocks = new Set(nodes.filter((n) => n.type === 'block').map((n) => n.id));
  const chain = ids.filter((id) => blocks.has(id));
  if (chain.length < 2) {
    useToasts.getState().push('info', 'Select two or more blocks to connect, one after another (Shift+click, or Tab to a block and Shift+Enter).');
    return 0;
  }
  const exists = new Set(edges.map((e) => `${e.source}>${e.target}`));
  const added = [];
  for (let i = 1; i < chain.length; i++) {
    const source = chain[i - 1]!;
    const target = chain[i]!;
    if (exists.has(`${source}>${target}`)) continue;
    exists.add(`${source}>${target}`);
    added.push(edgeToFlow({ id: newId('e'), source, target, kind: 'sync', label: '', params: {} }));
  }
  if (added.length > 0) commit({ edges: [...edges, ...added] });
  return added.length;
}
