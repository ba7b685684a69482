// First: configures zod before any schema module is evaluated.
import './zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createServices } from './app/services';
import { createBridge } from './bridge/createBridge';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App services={createServices(createBridge())} />
  </StrictMode>,
);
