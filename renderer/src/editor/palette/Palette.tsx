import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { Search } from 'lucide-react';
import type { BlockKind } from '../../../../shared/catalog';
import { PALETTE_EXTRA_MIME, PALETTE_MIME } from './dragMime';
import { matchingExtras, paletteSections, type PaletteExtra } from './paletteEntries';
import { PaletteItem, type PaletteItemLook } from './PaletteItem';
import { useAddFromPalette } from './useAddFromPalette';

type Entry = { type: 'kind'; kind: BlockKind } | { type: 'extra'; extra: PaletteExtra };

const entryKey = (e: Entry): string => (e.type === 'kind' ? e.kind.id : e.extra.id);

/** What an entry shows and carries: kinds are `.palette-item[data-kind]`, extras `.palette-extra[data-extra]`. */
function itemLook(e: Entry): PaletteItemLook {
  return e.type === 'kind'
    ? { className: 'palette-item', dataAttrs: { 'data-kind': e.kind.id }, icon: e.kind.icon, name: e.kind.name, description: e.kind.description, mime: PALETTE_MIME }
    : { className: 'palette-extra', dataAttrs: { 'data-extra': e.extra.id }, icon: e.extra.icon, name: e.extra.name, description: e.extra.description, mime: PALETTE_EXTRA_MIME };
}

/**
 * Building blocks by category, with a search box that works as a combobox: type, move with the
 * arrow keys, Enter adds the highlighted item beside the last block and hands the keys back to the
 * canvas; Shift+Enter also connects it from the block selected before. Items also drag onto the
 * canvas, or add on click.
 */
export function Palette() {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  const { addKind, addExtra } = useAddFromPalette();
  const baseId = useId();

  // Blocks by category (or the matches), then the notes and groups at the bottom.
  const groups = useMemo(() => {
    const blocks = paletteSections(query).map((s) => ({ title: s.title, entries: s.kinds.map((kind): Entry => ({ type: 'kind', kind })) }));
    const extras = matchingExtras(query).map((extra): Entry => ({ type: 'extra', extra }));
    return extras.length > 0 ? [...blocks, { title: 'Notes and groups', entries: extras }] : blocks;
  }, [query]);
  // The order the arrow keys walk: as shown.
  const entries = useMemo(() => groups.flatMap((g) => g.entries), [groups]);
  const optionId = (key: string): string => `${baseId}-${key}`;
  const activeEntry = entries[active];
  const activeKey = activeEntry ? entryKey(activeEntry) : undefined;

  useEffect(() => {
    if (activeKey) document.getElementById(`${baseId}-${activeKey}`)?.scrollIntoView({ block: 'nearest' });
  }, [activeKey, baseId]);

  const add = (entry: Entry, connect = false) => (entry.type === 'kind' ? addKind(entry.kind, connect) : addExtra(entry.extra));

  const onSearch = (text: string) => {
    setQuery(text);
    // Typing highlights the best match, so "redis" then Enter adds the cache.
    setActive(text.trim() === '' ? -1 : 0);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    e.stopPropagation(); // editor shortcuts (Delete, arrows, Ctrl+Z) must not act while typing here
    const last = entries.length - 1;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((i) => (i >= last ? 0 : i + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => (i <= 0 ? last : i - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (!activeEntry) return;
      // Focus goes back to the canvas, so the next `/` searches again instead of typing a slash
      // here, and a new note can take the keys typed next.
      const input = e.currentTarget;
      onSearch('');
      input.blur();
      add(activeEntry, e.shiftKey);
    } else if (e.key === 'Escape') {
      if (query) onSearch('');
      else e.currentTarget.blur();
    }
  };

  const listId = `${baseId}-list`;
  return (
    <aside className="palette" aria-label="Building blocks">
      <div className="palette-search">
        <Search size={14} aria-hidden />
        <input
          type="search"
          role="combobox"
          aria-label="Search building blocks"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={activeKey ? optionId(activeKey) : undefined}
          aria-autocomplete="list"
          placeholder="Search blocks…"
          title="Name, product or nickname: redis, kafka, postgres…"
          value={query}
          onChange={(e) => onSearch(e.target.value)}
          onKeyDown={onKeyDown}
          spellCheck={false}
        />
      </div>
      <div id={listId} role="listbox" aria-label="Building blocks" className="palette-list">
        {groups.map((group, i) => (
          <div role="group" aria-labelledby={`${baseId}-section-${i}`} key={group.title}>
            <h2 id={`${baseId}-section-${i}`}>{group.title}</h2>
            <ul role="presentation">
              {group.entries.map((entry) => {
                const key = entryKey(entry);
                return <PaletteItem key={key} optionId={optionId(key)} {...itemLook(entry)} active={activeKey === key} payload={key} onAdd={() => add(entry)} />;
              })}
            </ul>
          </div>
        ))}
        {entries.length === 0 && <p className="palette-empty muted">Nothing matches “{query}”.</p>}
      </div>
    </aside>
  );
}
