import { parseRoute } from './app/routeParse';
import { prefetchDesign } from './editor/store/designPrefetch';

/**
 * A separate, tiny entry that index.html runs before the main bundle: it asks the host for the
 * design the page was opened on while the browser is still parsing and evaluating the editor's
 * ~700 kB of script (300-400 ms here), instead of after it. Opening a 5,000-block design spent
 * that long waiting for the answer with an idle main thread.
 */
const opened = parseRoute(window.location.hash);
if (opened.view === 'editor') prefetchDesign(opened.designId);
