import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeHost } from '../../testing/fakeHost';
import { exportFileName } from './ChartExportButtons';
import { archiveModel, openMarket, workshopWith } from './marketTesting';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** A host with the native save dialog, which saves whatever it is given. */
function savingHost() {
  return fakeHost(
    {
      'export:save': (request) => ({
        status: 'saved',
        name: request.suggestedName,
        displayPath: '~/Tradeoff',
      }),
    },
    'native',
  );
}

const withArchive = () => workshopWith((doc) => ({ ...doc, markets: [archiveModel()] }));

describe('chart export', () => {
  it('saves the funnel as a standalone SVG named after the model and the chart', async () => {
    const api = savingHost();
    const app = openMarket(withArchive(), api);
    const funnel = screen.getByRole('region', { name: 'Top-down funnel' });
    await app.user.click(within(funnel).getByRole('button', { name: 'Export SVG' }));

    await waitFor(() => expect(api.requestsTo('export:save')).toHaveLength(1));
    const [request] = api.requestsTo('export:save');
    expect(request).toMatchObject({
      format: 'svg',
      encoding: 'utf8',
      suggestedName: 'Archive tier - Top-down funnel.svg',
    });
    const svg = new DOMParser().parseFromString(request?.content ?? '', 'image/svg+xml');
    expect(svg.querySelector('parsererror')).toBeNull();
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['Top-down funnel', 'TAM', 'SAM', 'SOM', '$2B']));
    // Only what is drawn leaves the app: no classes, no hover-only parts.
    expect(request?.content).not.toContain('class=');
    expect(app.services.ui.getState().notices.at(-1)?.text).toBe(
      'Saved “Archive tier - Top-down funnel.svg” in ~/Tradeoff.',
    );
  });

  it('exports the growth chart with its axis titles', async () => {
    const api = savingHost();
    const app = openMarket(workshopWith(), api);
    await app.user.click(screen.getByRole('button', { name: 'New growth model' }));
    const chart = screen.getByRole('region', { name: 'Growth chart' });
    await app.user.click(within(chart).getByRole('button', { name: 'Export SVG' }));
    await waitFor(() => expect(api.requestsTo('export:save')).toHaveLength(1));
    const [request] = api.requestsTo('export:save');
    expect(request?.suggestedName).toBe('Growth model 1 - Revenue by scenario.svg');
    expect(request?.content).toContain('Revenue per year (USD)');
    expect(request?.content).toContain('Years from start');
  });

  it('reports a PNG that could not be drawn, and saves nothing', async () => {
    const api = savingHost();
    const app = openMarket(withArchive(), api);
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
      throw new Error('The chart could not be drawn as an image');
    });
    const stack = screen.getByRole('region', { name: 'Segments at each level' });
    await app.user.click(within(stack).getByRole('button', { name: 'Export PNG' }));
    await waitFor(() => expect(app.services.ui.getState().dialog).not.toBeNull());
    expect(app.services.ui.getState().dialog).toMatchObject({
      kind: 'error',
      title: 'Could not export',
      message: 'The chart could not be drawn as an image',
    });
    expect(api.requestsTo('export:save')).toHaveLength(0);
  });

  it('proposes file names without what a file name cannot hold', () => {
    expect(exportFileName(['GPU: inference/EU', 'Top-down funnel'], 'png')).toBe(
      'GPU- inference-EU - Top-down funnel.png',
    );
    expect(exportFileName(['  ', '...'], 'svg')).toBe('Chart.svg');
  });
});
