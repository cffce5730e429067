/**
 * Accord in the browser. No StrictMode: its double-mounted effects would open and drop the
 * collaboration provider's connection on every mount in development, for no benefit here.
 */
import './csp.js';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { I18nProvider } from './i18n/I18nProvider.js';
import { registerServiceWorker } from './collab/offline-worker.js';
import { LiveAnnouncer } from './a11y/LiveAnnouncer.js';
import { SkipLink } from './a11y/SkipLink.js';
import './styles/base.css';
import './styles/forms.css';
import './styles/app.css';
import './styles/document.css';
import './styles/collab.css';
import './styles/access.css';
import './styles/a11y.css';

createRoot(document.getElementById('root')!).render(
  <I18nProvider>
    {/* First in the page: the skip link is the first thing Tab reaches, the live region is there before anything is said. */}
    <SkipLink />
    <LiveAnnouncer />
    <App />
  </I18nProvider>,
);

// Only a built client has a worker (the dev server serves none).
if (import.meta.env.PROD) registerServiceWorker();
