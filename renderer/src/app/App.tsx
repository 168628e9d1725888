import { useRoute } from './route';
import { Toasts } from './Toasts';
import { useShellRequests } from './useShellRequests';
import { LibraryView } from '../library/LibraryView';
import { FileDrop } from '../library/FileDrop';
import { FilePicker } from '../library/FilePicker';
import { EditorView } from '../editor/EditorView';
import { VersionDialogs } from '../editor/history/VersionDialogs';

export function App() {
  const route = useRoute();
  useShellRequests(route.view);
  return (
    <>
      {route.view === 'editor' ? <EditorView key={route.designId} designId={route.designId} /> : <LibraryView />}
      {route.view === 'editor' && <VersionDialogs key={`versions-${route.designId}`} />}
      <FilePicker />
      <FileDrop />
      <Toasts />
    </>
  );
}
