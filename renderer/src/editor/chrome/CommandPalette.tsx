import { useMemo, useState } from 'react';
import { commands, isEnabled } from '../commands/registry';
import { displayShortcut } from '../commands/types';
import { useUi } from '../commands/uiStore';

/** Ctrl/Cmd+K: every command by name, filtered as you type; Enter runs the highlighted one. */
export function CommandPalette() {
  const open = useUi((s) => s.paletteOpen);
  const setUi = useUi((s) => s.set);
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);

  const matches = useMemo(() => {
    const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    return commands.filter((c) => terms.every((t) => `${c.label} ${c.category}`.toLowerCase().includes(t)));
  }, [query]);

  if (!open) return null;
  const close = () => {
    setUi({ paletteOpen: false });
    setQuery('');
    setIndex(0);
  };
  const run = (i: number) => {
    const command = matches[i];
    if (!command || !isEnabled(command)) return;
    close();
    void command.perform();
  };

  return (
    <div className="overlay" onMouseDown={close}>
      <div className="command-palette" role="dialog" aria-label="Command palette" onMouseDown={(e) => e.stopPropagation()}>
        <input
          autoFocus
          aria-label="Search commands"
          placeholder="Type a command…"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setIndex(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
            else if (e.key === 'ArrowDown') setIndex((i) => Math.min(i + 1, matches.length - 1));
            else if (e.key === 'ArrowUp') setIndex((i) => Math.max(i - 1, 0));
            else if (e.key === 'Enter') run(index);
            else return;
            e.preventDefault();
          }}
        />
        <ul role="listbox" aria-label="Commands">
          {matches.map((c, i) => (
            <li
              key={c.id}
              role="option"
              aria-selected={i === index}
              aria-disabled={!isEnabled(c)}
              className={`${i === index ? 'active' : ''}${isEnabled(c) ? '' : ' disabled'}`}
              onMouseEnter={() => setIndex(i)}
              onClick={() => run(i)}
            >
              <span>{c.label}</span>
              <span className="muted small">{c.shortcut ? displayShortcut(c.shortcut) : c.category}</span>
            </li>
          ))}
          {matches.length === 0 && <li className="muted">No command matches “{query}”.</li>}
        </ul>
      </div>
    </div>
  );
}
