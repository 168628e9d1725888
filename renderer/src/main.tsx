import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource-variable/inter';
import '@xyflow/react/dist/style.css';
import './styles/app.css';
import './styles/estimate.css';
import './styles/panels.css';
import './styles/library.css';
import './styles/practice.css';
import './styles/export.css';
import { App } from './app/App';
import { prepareIconMasks } from './editor/nodes/iconMask';
import { parseRoute } from './app/routeParse';
import { preloadDesign } from './editor/preloadDesign';

prepareIconMasks();

/**
 * How long the first render waits for the design the page opened on. Usually it is in by the time
 * the script has run (boot.ts asked for it first); if the host is slow the editor shows
 * "Opening…" and the design follows.
 */
const FIRST_RENDER_WAIT_MS = 400;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const opened = parseRoute(window.location.hash);
const designFirst = opened.view === 'editor' ? preloadDesign(opened.designId) : Promise.resolve();
const render = (): void =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// Rendered whatever comes of the load: the editor shows its own error.
void Promise.race([designFirst, new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS))]).then(render, render);
