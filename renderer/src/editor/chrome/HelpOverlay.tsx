import { commands } from '../commands/registry';
import { displayShortcut } from '../commands/types';
import { useUi } from '../commands/uiStore';

const EXTRA: [string, string][] = [
  ['Drag on empty canvas', 'Box-select'],
  ['Shift+click', 'Add to selection'],
  ['Space+drag, middle or right drag', 'Pan'],
  ['Ctrl/Cmd+scroll, pinch', 'Zoom'],
  ['Double-click a block', 'Rename'],
];

/** The keyboard path for drawing a whole diagram without the mouse. */
const DRAWING: [string, string][] = [
  ['/ name Enter', 'Add a block beside the last one'],
  ['/ name Shift+Enter', 'Add a block and connect it from the last one'],
  ['Tab to a block, Enter (Shift+Enter)', 'Select it (add it to the selection)'],
  ['Escape in a note', 'Finish editing, keeping the text'],
];

/** "?": every shortcut, generated from the same command registry the keyboard uses. */
export function HelpOverlay() {
  const open = useUi((s) => s.helpOpen);
  const setUi = useUi((s) => s.set);
  if (!open) return null;
  const categories = [...new Set(commands.map((c) => c.category))];
  return (
    <div className="overlay" onMouseDown={() => setUi({ helpOpen: false })}>
      <div className="help" role="dialog" aria-label="Keyboard shortcuts" onMouseDown={(e) => e.stopPropagation()}>
        <header>
          <h2>Keyboard shortcuts</h2>
          <button type="button" aria-label="Close" onClick={() => setUi({ helpOpen: false })}>
            ×
          </button>
        </header>
        <div className="help-columns">
          {categories.map((category) => (
            <section key={category}>
              <h3>{category}</h3>
              <dl>
                {commands
                  .filter((c) => c.category === category && c.shortcut)
                  .map((c) => (
                    <div key={c.id}>
                      <dt>{c.label}</dt>
                      <dd>
                        <kbd>{displayShortcut(c.shortcut!)}</kbd>
                      </dd>
                    </div>
                  ))}
              </dl>
            </section>
          ))}
          {(
            [
              ['Drawing by keyboard', DRAWING],
              ['Mouse', EXTRA],
            ] as const
          ).map(([title, rows]) => (
            <section key={title}>
              <h3>{title}</h3>
              <dl>
                {rows.map(([keys, what]) => (
                  <div key={keys}>
                    <dt>{what}</dt>
                    <dd>
                      <kbd>{keys}</kbd>
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}
