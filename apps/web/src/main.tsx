// first of all: before any contract is defined, zod is told not to probe `new Function` (see the file)
import './app/zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// First: the app's tokens, element defaults and layout; each module's stylesheet comes after (its index imports it last).
import './app/app.css';
import { App } from './app/App';
import { createQueryClient } from './app/create-query-client';
import { loadEditor } from './app/pages';
import { startEditorEarly } from './modules/editor/early';
import { registerServiceWorker } from './modules/offline';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
// Opening an edition: its first rows, and the editor's code, are asked for before React renders anything.
const queryClient = createQueryClient();
if (startEditorEarly(queryClient, window.location.pathname)) void loadEditor();
createRoot(container).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
);
registerServiceWorker();
