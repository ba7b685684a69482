// First: configures zod before any schema module is evaluated.
import './zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createServices } from './app/services';
import { createBridge } from './bridge/createBridge';
import { PrintApp } from './features/print/PrintApp';
import { printJobIdFrom } from './features/print/printRoute';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// Before anything else reads the URL: the bridge moves the browser host's token out of it.
const bridge = createBridge();
// `?print=<jobId>`: a PDF engine opened this page to print one roadmap, not to run the app.
const printJobId = printJobIdFrom(window.location.search);

createRoot(container).render(
  <StrictMode>
    {printJobId === null ? (
      <App services={createServices(bridge)} />
    ) : (
      <PrintApp api={bridge} jobId={printJobId} />
    )}
  </StrictMode>,
);
