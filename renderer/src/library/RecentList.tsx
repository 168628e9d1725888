import { navigate } from '../app/route';
import { useLibrary } from './libraryStore';
import { when } from './when';

/** The designs opened most recently, for getting back to work in one click. */
export function RecentList() {
  const recent = useLibrary((s) => s.recent);
  if (recent.length === 0) return null;
  return (
    <section className="recent" aria-labelledby="recent-heading">
      <h2 id="recent-heading" className="section-title">
        Recent
      </h2>
      <ul className="recent-list">
        {recent.map((d) => (
          <li key={d.id}>
            <button type="button" className="recent-item" title={`Opened ${when(d.openedAt)}`} onClick={() => navigate({ view: 'editor', designId: d.id })}>
              <span className="design-name">{d.name}</span>
              <span className="muted small">opened {when(d.openedAt)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
