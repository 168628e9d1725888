import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource-variable/inter';
import '@xyflow/react/dist/style.css';
import './styles/app.css';
import './styles/estimate.css';
import './styles/panels.css';
import './styles/library.css';
import { App } from './app/App';
import { prepareIconMasks } from './editor/nodes/iconMask';

prepareIconMasks();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
