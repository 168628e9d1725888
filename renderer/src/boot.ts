import { parseRoute } from './app/routeParse';
import { prefetchDesign } from './editor/store/designPrefetch';

/**
 * index.html's first module script. Vite bundles both scripts into one chunk, with this module
 * and its few imports evaluated first: the host is asked for the design the page was opened on
 * before the rest of the editor's ~700 kB of script is evaluated (200-250 ms here), not after.
 * Keep it first in index.html and its imports light.
 */
const opened = parseRoute(window.location.hash);
if (opened.view === 'editor') prefetchDesign(opened.designId);
