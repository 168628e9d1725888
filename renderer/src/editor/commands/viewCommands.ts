import { selectedNodes } from '../store/actions';
import { flow } from './flowInstance';
import { mod, type Command } from './types';
import { useUi } from './uiStore';

const DURATION = 200;

/** Step zoom without animation: repeated key presses then add up instead of cutting each other off. */
function zoomBy(factor: number): void {
  const f = flow();
  if (f) void f.zoomTo(Math.min(4, Math.max(0.05, f.getZoom() * factor)));
}

export const viewCommands: Command[] = [
  {
    id: 'view.zoomIn',
    label: 'Zoom in',
    category: 'View',
    shortcut: 'Mod+=',
    keyTest: (e) => mod(e) && (e.key === '=' || e.key === '+'),
    perform: () => zoomBy(1.25),
  },
  {
    id: 'view.zoomOut',
    label: 'Zoom out',
    category: 'View',
    shortcut: 'Mod+-',
    keyTest: (e) => mod(e) && e.key === '-',
    perform: () => zoomBy(1 / 1.25),
  },
  {
    id: 'view.zoomReset',
    label: 'Zoom to 100%',
    category: 'View',
    shortcut: 'Mod+0',
    keyTest: (e) => mod(e) && e.key === '0',
    perform: () => void flow()?.zoomTo(1, { duration: DURATION }),
  },
  {
    id: 'view.fit',
    label: 'Fit view',
    category: 'View',
    shortcut: 'Shift+1',
    keyTest: (e) => e.shiftKey && e.code === 'Digit1',
    contextMenu: 'canvas',
    perform: () => void flow()?.fitView({ duration: DURATION, padding: 0.15, maxZoom: 1.5 }),
  },
  {
    id: 'view.zoomSelection',
    label: 'Zoom to selection',
    category: 'View',
    shortcut: 'Shift+2',
    keyTest: (e) => e.shiftKey && e.code === 'Digit2',
    enabled: () => selectedNodes().length > 0,
    contextMenu: 'selection',
    perform: () => void flow()?.fitView({ nodes: selectedNodes().map((n) => ({ id: n.id })), duration: DURATION, padding: 0.3, maxZoom: 2 }),
  },
  {
    id: 'view.toggleSnap',
    label: 'Snap to grid on/off',
    category: 'View',
    shortcut: "Mod+'",
    keyTest: (e) => mod(e) && e.key === "'",
    perform: () => useUi.getState().set({ snapToGrid: !useUi.getState().snapToGrid }),
  },
  {
    id: 'view.toggleMinimap',
    label: 'Minimap on/off',
    category: 'View',
    shortcut: 'Mod+M',
    keyTest: (e) => mod(e) && e.key.toLowerCase() === 'm',
    perform: () => useUi.getState().set({ showMinimap: !useUi.getState().showMinimap }),
  },
  {
    id: 'app.commandPalette',
    label: 'Command palette',
    category: 'Help',
    shortcut: 'Mod+K',
    keyTest: (e) => mod(e) && e.key.toLowerCase() === 'k',
    perform: () => useUi.getState().set({ paletteOpen: true, helpOpen: false }),
  },
  {
    id: 'app.help',
    label: 'Keyboard shortcuts',
    category: 'Help',
    shortcut: '?',
    keyTest: (e) => e.key === '?',
    perform: () => useUi.getState().set({ helpOpen: !useUi.getState().helpOpen, paletteOpen: false }),
  },
];
