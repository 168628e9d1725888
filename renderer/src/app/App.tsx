import { useRoute } from './route';
import { Toasts } from './Toasts';
import { LibraryView } from '../library/LibraryView';
import { EditorView } from '../editor/EditorView';

export function App() {
  const route = useRoute();
  return (
    <>
      {route.view === 'editor' ? <EditorView key={route.designId} designId={route.designId} /> : <LibraryView />}
      <Toasts />
    </>
  );
}
