import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PrintJob } from '../../../shared/ipc/contract';
import { createFakeBridge } from '../../bridge/fakeBridge';
import { PrintApp } from './PrintApp';
import { item, NEW_SERVICES, placed, printDoc } from './printTesting';

const JOB_ID = 'job-0000000001';

function job(): PrintJob {
  return {
    doc: printDoc((d) => {
      d.items = [item('a', {}, { title: 'Managed Postgres read replicas' })];
      d.roadmap.placements = [placed('a', NEW_SERVICES, 0)];
    }),
    workshopFileName: null,
    pageSize: 'A4',
    requestedAt: '2026-11-20T17:45:00Z',
  };
}

afterEach(() => {
  document.title = '';
});

describe('PrintApp', () => {
  it('fetches its job, draws it in the light theme and tells the engine it is ready', async () => {
    const html = document.createElement('html');
    html.dataset.theme = 'dark';
    const api = createFakeBridge({ 'print:job': () => job() });
    render(<PrintApp api={api} jobId={JOB_ID} html={html} />);

    expect(
      await screen.findByRole('heading', { name: 'Managed Postgres read replicas' }),
    ).toBeTruthy();
    await waitFor(() => expect(html.dataset.printReady).toBe('true'));
    expect(html.dataset).toMatchObject({ theme: 'light', view: 'print' });
    expect(api.requestsTo('print:job')).toContainEqual({ jobId: JOB_ID });
    expect(document.title).toBe('Platform team — 2027 roadmap');
    expect(screen.getByText('Not saved to a file yet')).toBeTruthy();
  });

  it('tells the engine why it cannot print a job that is gone, and says so on the page', async () => {
    const html = document.createElement('html');
    const api = createFakeBridge({});
    render(<PrintApp api={api} jobId={JOB_ID} html={html} />);

    expect((await screen.findByRole('alert')).textContent).toContain('could not be prepared');
    expect(html.dataset.printError).toMatch(/preparing the print view/);
    expect(html.dataset.printReady).toBeUndefined();
  });

  it('refuses an id no host hands out without asking the host', async () => {
    const html = document.createElement('html');
    const api = createFakeBridge({ 'print:job': () => job() });
    render(<PrintApp api={api} jobId="../../etc" html={html} />);

    await screen.findByRole('alert');
    expect(html.dataset.printError).toBeTruthy();
    expect(api.calls).toEqual([]);
  });
});
