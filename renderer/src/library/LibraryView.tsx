import { useEffect, useState } from 'react';
import { FolderOpen, GraduationCap } from 'lucide-react';
import { navigate } from '../app/route';
import { useLibrary } from './libraryStore';
import { DesignCard } from './DesignCard';
import { NewDesignForm } from './NewDesignForm';
import { RecentList } from './RecentList';
import { TrashView } from './TrashView';
import { StoreNotice } from './StoreNotice';
import { openDesignFilePicker } from './FilePicker';
import { SORT_LABELS, sortDesigns, type SortKey } from './sortDesigns';

type Section = 'designs' | 'trash';

/** Home: recently opened designs, then every design in the library, and the trash. */
export function LibraryView() {
  const designs = useLibrary((s) => s.designs);
  const trashCount = useLibrary((s) => s.trash.length);
  const loading = useLibrary((s) => s.loading);
  const refresh = useLibrary((s) => s.refresh);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('updated');
  const [section, setSection] = useState<Section>('designs');
  useEffect(() => {
    document.title = 'Envelope';
    void refresh();
  }, [refresh]);

  const shown = sortDesigns(designs, sort, query);

  return (
    <main className="library">
      <header className="library-header">
        <h1>
          <span className="brand-mark" aria-hidden>
            ✉
          </span>{' '}
          Envelope
        </h1>
        <div className="library-tools">
          <input
            className="search"
            type="search"
            placeholder="Search designs"
            aria-label="Search designs"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <label className="sort">
            <span className="muted small">Sort by</span>
            <select aria-label="Sort by" value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
              {(Object.keys(SORT_LABELS) as SortKey[]).map((key) => (
                <option key={key} value={key}>
                  {SORT_LABELS[key]}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => navigate({ view: 'practice' })} title="Timed interview practice: a prompt, a worksheet and a review">
            <GraduationCap size={14} aria-hidden /> Practise an interview
          </button>
          <button type="button" onClick={openDesignFilePicker} title="Open an .envelope.json file as a new design (or drop one on the window)">
            <FolderOpen size={14} aria-hidden /> Open file…
          </button>
        </div>
      </header>
      <StoreNotice />
      <NewDesignForm onCreated={(id) => navigate({ view: 'editor', designId: id })} />
      <div className="library-tabs" role="tablist" aria-label="Library sections">
        <button type="button" role="tab" aria-selected={section === 'designs'} onClick={() => setSection('designs')}>
          Designs ({designs.length})
        </button>
        <button type="button" role="tab" aria-selected={section === 'trash'} onClick={() => setSection('trash')}>
          Trash ({trashCount})
        </button>
      </div>
      {section === 'trash' ? (
        <TrashView />
      ) : loading ? (
        <p className="muted">Loading your designs…</p>
      ) : (
        <>
          {!query.trim() && <RecentList />}
          {shown.length === 0 ? (
            <p className="muted empty">{designs.length === 0 ? 'No designs yet. Name one above to start sketching, or open a file.' : 'No design matches your search.'}</p>
          ) : (
            <>
              <h2 className="section-title">All designs</h2>
              <ul className="design-grid" aria-label="Designs">
                {shown.map((d) => (
                  <DesignCard key={d.id} design={d} />
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </main>
  );
}
