import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { BridgeError } from '../bridge/bridgeError';
import { App } from './App';
import { createServices } from './services';
import { fakeHost, sampleWorkshop } from '../testing/fakeHost';
import { renameWorkshop } from '../testing/editTitle';
import { renderApp, renderWithDocument } from '../testing/renderApp';

afterEach(cleanup);

describe('start screen', () => {
  it('offers New workshop and Open… and says recent files will appear', async () => {
    await renderApp(fakeHost());
    expect(screen.getByRole('heading', { level: 1, name: 'Tradeoff' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'New workshop' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open…' })).toBeTruthy();
    expect(screen.getByText('Workshops you open or save appear here.')).toBeTruthy();
    expect(document.title).toBe('Tradeoff');
  });

  it('creates a workshop and shows the backlog empty state, honestly', async () => {
    const { user } = await renderApp(fakeHost());
    await user.click(screen.getByRole('button', { name: 'New workshop' }));
    await screen.findByRole('heading', { level: 1, name: 'Untitled workshop' });
    const panel = screen.getByRole('tabpanel', { name: /Backlog/ });
    expect(
      within(panel).getByText(
        'No items yet. Import a CSV from Jira, Linear or a spreadsheet, or add an item.',
      ),
    ).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'Import CSV…' })).toBeTruthy();
    expect(document.title).toBe('Untitled workshop — Tradeoff');
  });
});

describe('workspaces', () => {
  it('switches with the tabs, the arrow keys and Ctrl+1…4', async () => {
    const { user } = await renderWithDocument(fakeHost(), sampleWorkshop());
    const tabs = screen.getByRole('tablist', { name: 'Workspaces' });
    expect(
      within(tabs)
        .getAllByRole('tab')
        .map((t) => t.textContent?.replace(/Ctrl\+\d/, '')),
    ).toEqual(['Backlog', 'Criteria', 'Market', 'Roadmap']);
    await user.click(within(tabs).getByRole('tab', { name: /Criteria/ }));
    expect(screen.getByRole('tabpanel', { name: /Criteria/ })).toBeTruthy();
    // The default criteria of a new workshop, with their real weights.
    expect(
      screen.getByRole('slider', { name: 'Reliability impact' }).getAttribute('aria-valuetext'),
    ).toBe('20%');

    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: /Market/ }).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: /Market/ }));

    await user.keyboard('{Control>}4{/Control}');
    const roadmap = screen.getByRole('tabpanel', { name: /Roadmap/ });
    expect(within(roadmap).getByRole('group', { name: '2026 Q2' })).toBeTruthy();
    await user.keyboard('{Control>}1{/Control}');
    expect(screen.getByRole('tabpanel', { name: /Backlog/ })).toBeTruthy();
  });
});

describe('status and messages', () => {
  it('shows the preferences notice once, dismissible', async () => {
    const api = fakeHost({
      'prefs:get': () => ({
        preferences: { theme: 'system', pdfPageSize: 'A4' },
        notice: 'Your preferences file was damaged; it was moved aside and defaults are used.',
      }),
    });
    const { user } = await renderApp(api);
    const notice = await screen.findByText(/preferences file was damaged/);
    await user.click(within(notice.parentElement!).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/preferences file was damaged/)).toBeNull();
  });

  it('shows the host and the save state in the status bar', async () => {
    await renderWithDocument(fakeHost(), sampleWorkshop());
    const status = screen.getByRole('contentinfo');
    expect(within(status).getByText('All changes saved')).toBeTruthy();
    expect(within(status).getByText(/Browser app on this computer/)).toBeTruthy();
    expect(within(status).getByText('Autosave on')).toBeTruthy();
  });

  it('explains a failed start instead of a blank page, and can try again', async () => {
    let attempts = 0;
    const api = fakeHost({
      'app:info': () => {
        attempts += 1;
        if (attempts === 1) throw new BridgeError('network', 'app:info', 'Failed to fetch');
        return {
          name: 'Tradeoff',
          version: '0.1.0',
          schemaVersion: 1,
          host: 'browser',
          dialogs: 'in-app',
          platform: 'linux',
        };
      },
    });
    render(<App services={createServices(api)} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/could not start.*lost contact with its local server/s);
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByRole('button', { name: 'New workshop' });
  });
});

describe('theme', () => {
  it('applies the stored theme and stores the toggled one', async () => {
    const api = fakeHost({
      'prefs:get': () => ({ preferences: { theme: 'dark', pdfPageSize: 'A4' }, notice: null }),
    });
    const { user } = await renderApp(api);
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    await user.click(screen.getByRole('button', { name: 'View' }));
    await user.click(screen.getByRole('menuitem', { name: 'Toggle dark theme' }));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('light'));
    expect(api.requestsTo('prefs:set')).toEqual([{ theme: 'light' }]);
  });
});

describe('menus', () => {
  it('open with the keyboard, move with arrows and close with Escape', async () => {
    const { user } = await renderApp(fakeHost());
    const file = screen.getByRole('button', { name: 'File' });
    file.focus();
    await user.keyboard('{ArrowDown}');
    const menu = screen.getByRole('menu', { name: 'File' });
    expect(document.activeElement).toBe(
      within(menu).getByRole('menuitem', { name: /New workshop/ }),
    );
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(within(menu).getByRole('menuitem', { name: /Open…/ }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(file);
  });
});

describe('leaving the page', () => {
  const tryToLeave = () => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  };

  it('asks the browser to confirm leaving while there are unsaved changes (browser host)', async () => {
    const { user } = await renderWithDocument(fakeHost({}, 'in-app'), sampleWorkshop());
    expect(tryToLeave()).toBe(false);
    await renameWorkshop(user, 'Edited');
    expect(tryToLeave()).toBe(true);
  });

  it('leaves closing to the unsaved-changes dialog in the desktop app', async () => {
    const { user } = await renderWithDocument(fakeHost({}, 'native'), sampleWorkshop());
    await renameWorkshop(user, 'Edited');
    expect(tryToLeave()).toBe(false);
  });
});
