import { useEffect, useState } from 'react';
import { navigate } from '../app/route';
import { useLibrary } from './libraryStore';
import { DesignCard } from './DesignCard';
import { NewDesignForm } from './NewDesignForm';

/** Home: every design in the library, newest first. */
export function LibraryView() {
  const { designs, loading, refresh } = useLibrary();
  const [query, setQuery] = useState('');
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const shown = query.trim()
    ? designs.filter((d) => d.name.toLowerCase().includes(query.trim().toLowerCase()))
    : designs;

  return (
    <main className="library">
      <header className="library-header">
        <h1>
          <span className="brand-mark" aria-hidden>
            ✉
          </span>{' '}
          Envelope
        </h1>
        <input
          className="search"
          type="search"
          placeholder="Search designs"
          aria-label="Search designs"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </header>
      <NewDesignForm onCreated={(id) => navigate({ view: 'editor', designId: id })} />
      {loading ? (
        <p className="muted">Loading your designs…</p>
      ) : shown.length === 0 ? (
        <p className="muted empty">{designs.length === 0 ? 'No designs yet. Name one above to start sketching.' : 'No design matches your search.'}</p>
      ) : (
        <ul className="design-grid" aria-label="Designs">
          {shown.map((d) => (
            <DesignCard key={d.id} design={d} />
          ))}
        </ul>
      )}
    </main>
  );
}
