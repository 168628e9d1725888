import { useEffect } from 'react';
import { commands, isEnabled } from '../commands/registry';
import { displayShortcut } from '../commands/types';
import { useUi } from '../commands/uiStore';

/** Right-click menu: the commands that apply to the selection or to the canvas. */
export function ContextMenu() {
  const menu = useUi((s) => s.contextMenu);
  const setUi = useUi((s) => s.set);
  useEffect(() => {
    if (!menu) return;
    const close = () => setUi({ contextMenu: null });
    window.addEventListener('pointerdown', close);
    window.addEventListener('blur', close);
    return () => {
      window.removeEventListener('pointerdown', close);
      window.removeEventListener('blur', close);
    };
  }, [menu, setUi]);
  if (!menu) return null;
  const items = commands.filter((c) => (c.contextMenu === menu.target || c.contextMenu === 'both') && isEnabled(c));
  return (
    <ul className="context-menu" role="menu" style={{ left: menu.x, top: menu.y }} onPointerDown={(e) => e.stopPropagation()}>
      {items.map((c) => (
        <li key={c.id} role="menuitem">
          <button
            type="button"
            onClick={() => {
              setUi({ contextMenu: null });
              void c.perform();
            }}
          >
            <span>{c.label}</span>
            {c.shortcut && <span className="muted small">{displayShortcut(c.shortcut)}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}
