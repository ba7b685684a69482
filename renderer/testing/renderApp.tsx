import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Workshop } from '../../shared/workshop/schema';
import { App } from '../app/App';
import { createServices, type AppServices } from '../app/services';
import type { FakeBridge } from '../bridge/fakeBridge';
import { fileRef, opened } from './fakeHost';

export interface RenderedApp {
  services: AppServices;
  api: FakeBridge;
  user: ReturnType<typeof userEvent.setup>;
}

/** Renders the whole app over a fake host and waits until it has started. */
export async function renderApp(api: FakeBridge): Promise<RenderedApp> {
  const services = createServices(api);
  const user = userEvent.setup();
  render(<App services={services} />);
  await screen.findByRole('button', { name: 'File' });
  return { services, api, user };
}

/** Starts the app and opens `doc` from the recent files list, as a person would. */
export async function renderWithDocument(api: FakeBridge, doc: Workshop): Promise<RenderedApp> {
  const file = fileRef();
  api.handle({
    'recent:list': () => ({ files: [{ ...file, openedAt: '2026-03-09T10:00:00Z' }] }),
    'workshop:openRecent': () => opened(doc, file.name),
  });
  const app = await renderApp(api);
  await app.user.click(await screen.findByRole('button', { name: new RegExp(file.name) }));
  await screen.findByRole('heading', { level: 1, name: doc.meta.title });
  return app;
}
