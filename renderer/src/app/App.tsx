import { useRoute } from './route';
import { Toasts } from './Toasts';
import { useShellRequests } from './useShellRequests';
import { LibraryView } from '../library/LibraryView';
import { FileDrop } from '../library/FileDrop';
import { FilePicker } from '../library/FilePicker';
import { EditorView } from '../editor/EditorView';
import { VersionDialogs } from '../editor/history/VersionDialogs';
import { PracticeHome } from '../practice/PracticeHome';
import { PracticeView } from '../practice/PracticeView';

export function App() {
  const route = useRoute();
  useShellRequests(route.view);
  return (
    <>
      {route.view === 'editor' ? (
        <EditorView key={route.designId} designId={route.designId} />
      ) : route.view === 'practiceSession' ? (
        <PracticeView key={route.sessionId} sessionId={route.sessionId} />
      ) : route.view === 'practice' ? (
        <PracticeHome />
      ) : (
        <LibraryView />
      )}
      {route.view === 'editor' && <VersionDialogs key={`versions-${route.designId}`} />}
      <FilePicker />
      <FileDrop />
      <Toasts />
    </>
  );
}
