import { waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PrintJob } from '../../../shared/ipc/contract';
import { printInPage } from './printInPage';
import { item, NEW_SERVICES, placed, printDoc } from './printTesting';

const job: PrintJob = {
  doc: printDoc((d) => {
    d.items = [item('a', {}, { title: 'Error budget alerts' })];
    d.roadmap.placements = [placed('a', NEW_SERVICES, 0)];
  }),
  workshopFileName: 'q1.tradeoff',
  pageSize: 'Letter',
  requestedAt: '2026-11-20T17:45:00Z',
};

/**
 * printInPage renders into a root of its own and waits for it, as in the browser: React must
 * schedule that work itself, not queue it for an act() scope that would never end.
 */
const actEnvironment = Reflect.get(globalThis, 'IS_REACT_ACT_ENVIRONMENT');
beforeEach(() => {
  Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', false);
});

afterEach(() => {
  Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', actEnvironment);
  document.body.innerHTML = '';
  document.title = '';
  delete document.documentElement.dataset.printing;
});

describe('printInPage', () => {
  it('prints once the view is drawn, with only the view showing and the workshop as title', async () => {
    document.title = 'Tradeoff';
    const seen: { text: string; printing: string | undefined; title: string }[] = [];
    const print = vi.fn(() => {
      seen.push({
        text: document.querySelector('.print-host')?.textContent ?? '',
        printing: document.documentElement.dataset.printing,
        title: document.title,
      });
    });
    await printInPage(job, { document, print });

    expect(print).toHaveBeenCalledTimes(1);
    expect(seen[0]?.text).toContain('Error budget alerts');
    expect(seen[0]?.printing).toBe('roadmap');
    expect(seen[0]?.title).toBe('Platform team — 2027 roadmap roadmap');
  });

  it('takes the view away again once the browser is done printing', async () => {
    document.title = 'Tradeoff';
    await printInPage(job, { document, print: () => undefined });
    expect(document.querySelector('.print-host')).toBeTruthy();

    window.dispatchEvent(new Event('afterprint'));
    await waitFor(() => expect(document.querySelector('.print-host')).toBeNull());
    expect(document.documentElement.dataset.printing).toBeUndefined();
    expect(document.title).toBe('Tradeoff');
  });

  it('cleans up and reports it when the browser refuses to print', async () => {
    const print = () => {
      throw new Error('Printing is disabled by policy');
    };
    await expect(printInPage(job, { document, print })).rejects.toThrow(
      'Printing is disabled by policy',
    );
    expect(document.querySelector('.print-host')).toBeNull();
    expect(document.documentElement.dataset.printing).toBeUndefined();
  });

  it('replaces a view left from an earlier print', async () => {
    await printInPage(job, { document, print: () => undefined });
    await printInPage(job, { document, print: () => undefined });
    expect(document.querySelectorAll('.print-host')).toHaveLength(1);
  });
});
