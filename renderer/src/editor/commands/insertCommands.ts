import type { EdgeKind, GroupKind } from '../../../../shared/model';
import { navigate } from '../../app/route';
import { addNoteBeside } from '../keyboard/addBeside';
import { connectInOrder } from '../keyboard/connectInOrder';
import { selectionOrder } from '../keyboard/selectionOrder';
import { addGroup, selectedEdges, selectedNodes, updateEdge } from '../store/actions';
import { viewCentre } from './flowInstance';
import { mod, type Command } from './types';
import { useUi } from './uiStore';

const plain = (e: KeyboardEvent): boolean => !mod(e) && !e.altKey && !e.shiftKey;

function group(kind: GroupKind, label: string, keyName?: string): Command {
  return {
    id: `insert.group.${kind}`,
    label: `Add ${label.toLowerCase()}`,
    category: 'Insert',
    ...(keyName ? { shortcut: `Shift+${keyName.toUpperCase()}`, keyTest: (e: KeyboardEvent) => e.shiftKey && !mod(e) && e.key.toLowerCase() === keyName } : {}),
    contextMenu: 'canvas',
    perform: () => {
      const c = viewCentre();
      addGroup(kind, label, { x: c.x - 240, y: c.y - 150 });
    },
  };
}

function edgeKind(kind: EdgeKind, label: string): Command {
  return {
    id: `edge.kind.${kind}`,
    label: `Connection: ${label}`,
    category: 'Arrange',
    enabled: () => selectedEdges().length > 0,
    contextMenu: 'selection',
    perform: () => {
      for (const e of selectedEdges()) updateEdge(e.id, { kind });
    },
  };
}

export const insertCommands: Command[] = [
  {
    id: 'insert.note',
    label: 'Add note',
    category: 'Insert',
    shortcut: 'N',
    keyTest: (e) => plain(e) && e.key.toLowerCase() === 'n',
    contextMenu: 'canvas',
    // In edit mode at once: the keys typed next are the note's text, never shortcuts.
    perform: () => void addNoteBeside(),
  },
  group('region', 'Region', 'r'),
  group('zone', 'Availability zone', 'z'),
  group('network', 'Network', 'v'),
  {
    id: 'insert.block',
    label: 'Add block… (search the palette)',
    category: 'Insert',
    shortcut: '/',
    keyTest: (e) => e.key === '/',
    perform: () => document.querySelector<HTMLInputElement>('.palette input[type="search"]')?.focus(),
  },
  {
    id: 'arrange.connectSelected',
    label: 'Connect selected blocks in selection order',
    category: 'Arrange',
    shortcut: 'C',
    keyTest: (e) => plain(e) && e.key.toLowerCase() === 'c',
    enabled: () => selectedNodes().filter((n) => n.type === 'block').length >= 2,
    contextMenu: 'selection',
    perform: () => void connectInOrder(selectionOrder()),
  },
  edgeKind('sync', 'sync request'),
  edgeKind('async', 'async message'),
  edgeKind('replication', 'replication'),
  {
    id: 'design.library',
    label: 'Back to the library',
    category: 'Design',
    perform: () => {
      useUi.getState().set({ paletteOpen: false, helpOpen: false });
      navigate({ view: 'library' });
    },
  },
];
