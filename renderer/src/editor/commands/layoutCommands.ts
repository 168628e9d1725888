import type { Command } from './types';

/** Auto-layout with elkjs, loaded on first use so opening the editor does not pay for it. */
async function layout(direction: 'RIGHT' | 'DOWN'): Promise<void> {
  const { runAutoLayout } = await import('../layout/runLayout');
  await runAutoLayout(direction);
}

export const layoutCommands: Command[] = [
  {
    id: 'arrange.layoutRight',
    label: 'Auto-layout left to right',
    category: 'Arrange',
    shortcut: 'Shift+L',
    keyTest: (e) => e.shiftKey && !e.ctrlKey && !e.metaKey && e.key.toLowerCase() === 'l',
    contextMenu: 'canvas',
    perform: () => layout('RIGHT'),
  },
  {
    id: 'arrange.layoutDown',
    label: 'Auto-layout top to bottom',
    category: 'Arrange',
    shortcut: 'Shift+T',
    keyTest: (e) => e.shiftKey && !e.ctrlKey && !e.metaKey && e.key.toLowerCase() === 't',
    contextMenu: 'canvas',
    perform: () => layout('DOWN'),
  },
];
