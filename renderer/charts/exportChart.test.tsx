import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { funnelSteps, topDownFunnel } from '../../shared/market/funnel';
import {
  bytesToBase64,
  chartPng,
  findChartSvg,
  serializeChartSvg,
  type PngDependencies,
} from './exportChart';
import { FunnelChart } from './FunnelChart';
import { LineChart } from './LineChart';
import { OKABE_ITO } from './palette';

/**
 * The shape of theme.css and charts.css (vitest loads no CSS): theme colours on :root, switched
 * by data-theme, chart variables defined in terms of them, and classes that use the chart ones.
 */
const STYLES = `
  :root { --surface: #ffffff; --text: #14171c; --border: #cdd3dc; }
  :root[data-theme='dark'] { --surface: #171a21; --text: #eef1f6; --border: #363c49; }
  .chart {
    --chart-text: var(--text, #000000);
    --chart-surface: var(--surface, #ffffff);
    --chart-grid: var(--border, #cccccc);
  }
  .chart__svg { fill: var(--chart-text); }
  .chart__connector { fill: var(--chart-grid); opacity: 0.55; }
`;

let sheet: HTMLStyleElement;
beforeEach(() => {
  sheet = document.createElement('style');
  sheet.textContent = STYLES;
  document.head.append(sheet);
});

afterEach(() => {
  cleanup();
  sheet.remove();
  delete document.documentElement.dataset.theme;
});

const steps = funnelSteps(
  topDownFunnel({ totalSpend: 1.2e9, serviceablePct: 25, obtainablePct: 10 }),
);

function exportFunnel() {
  const { container } = render(
    <FunnelChart title="Top-down funnel" steps={steps} currency="USD" width={640} />,
  );
  const svg = findChartSvg(container);
  if (!svg) throw new Error('no chart drawn');
  return serializeChartSvg(svg);
}

function parse(markup: string): Document {
  return new DOMParser().parseFromString(markup, 'image/svg+xml');
}

describe('serializeChartSvg', () => {
  it('writes a standalone SVG document with its namespace, size, title and description', () => {
    const exported = exportFunnel();
    expect(exported.svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    const doc = parse(exported.svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(exported.svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect([root.getAttribute('width'), exported.width]).toEqual(['640', 640]);
    expect(root.getAttribute('viewBox')).toBe(`0 0 640 ${exported.height}`);
    expect(root.querySelector('title')?.textContent).toBe('Top-down funnel');
    expect(root.querySelector('desc')?.textContent).toContain(
      'TAM, the whole market’s annual spend',
    );
    expect(exported.svg).toContain('$300M · 25% of TAM');
  });

  it('resolves every theme variable into a plain colour, and drops app-only attributes', () => {
    const exported = exportFunnel();
    expect(exported.svg).not.toContain('var(--');
    expect(exported.svg).not.toContain('class=');
    expect(exported.svg).not.toContain('data-');
    const doc = parse(exported.svg);
    // Light theme: level labels take --text (#14171c) by inheritance from the root.
    expect(doc.documentElement.getAttribute('fill')).toBe('#14171c');
    const connector = doc.querySelector('path');
    expect(connector?.getAttribute('fill')).toBe('#cdd3dc');
    expect(connector?.getAttribute('opacity')).toBe('0.55');
    expect(doc.querySelector(`rect[fill="${OKABE_ITO.blue}"]`)).not.toBeNull();
  });

  it('paints the theme surface behind the chart, and the dark theme in dark', () => {
    const light = parse(exportFunnel().svg);
    const lightBackground = light.querySelector('svg > rect');
    expect(lightBackground?.getAttribute('fill')).toBe('#ffffff');
    expect(lightBackground?.previousElementSibling?.localName).toBe('desc');
    cleanup();

    document.documentElement.dataset.theme = 'dark';
    const dark = parse(exportFunnel().svg);
    expect(dark.querySelector('svg > rect')?.getAttribute('fill')).toBe('#171a21');
    expect(dark.documentElement.getAttribute('fill')).toBe('#eef1f6');
  });

  it('leaves the background out when asked', () => {
    const { container } = render(
      <FunnelChart title="Funnel" steps={steps} currency="USD" width={640} />,
    );
    const svg = findChartSvg(container);
    const exported = svg && serializeChartSvg(svg, { background: null });
    expect(parse(exported?.svg ?? '').querySelector('svg > rect:not([fill="#0072B2"])')).toBeNull();
  });

  it('never exports a hover state', () => {
    const { container } = render(
      <LineChart
        title="Revenue"
        description="Two years."
        series={[
          {
            key: 'base',
            label: 'Base',
            colour: OKABE_ITO.blue,
            points: [
              { x: 0, y: 100 },
              { x: 1, y: 130 },
            ],
          },
        ]}
        yUnit={{ kind: 'money', currency: 'USD' }}
        yTitle="Revenue (USD)"
        xTitle="Years"
        formatXTick={(x) => `Year ${x}`}
        width={480}
        height={300}
      />,
    );
    fireEvent.focus(screen.getByRole('group'));
    expect(container.querySelector('.chart__tooltip')).not.toBeNull();
    const svg = findChartSvg(container);
    const exported = parse(svg ? serializeChartSvg(svg).svg : '');
    expect(exported.querySelector('svg')).not.toBeNull();
    expect(exported.documentElement.textContent).not.toContain('Base: $130');
    expect(exported.querySelector('[fill="transparent"]')).toBeNull();
  });

  it('refuses a chart that has not been drawn at a size', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    expect(() => serializeChartSvg(svg)).toThrow('The chart has no width yet');
  });
});

describe('chartPng', () => {
  const exported = { svg: '<svg xmlns="http://www.w3.org/2000/svg"/>', width: 320, height: 200 };

  function fakes(overrides: Partial<PngDependencies> = {}) {
    const urls: string[] = [];
    const revoked: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      const url = `blob:test/${urls.length}`;
      urls.push(url);
      expect(blob instanceof Blob && blob.type).toBe('image/svg+xml');
      return url;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => revoked.push(url));
    const image = {} as CanvasImageSource;
    const dependencies: PngDependencies = {
      loadImage: vi.fn(async () => image),
      rasterize: vi.fn(async () => new Uint8Array([0x89, 0x50, 0x4e, 0x47])),
      ...overrides,
    };
    return { urls, revoked, image, dependencies };
  }

  afterEach(() => vi.restoreAllMocks());

  it('draws the SVG from a blob: URL at twice its size and returns the PNG bytes', async () => {
    const { urls, revoked, image, dependencies } = fakes();
    const bytes = await chartPng(exported, {}, dependencies);
    expect([...bytes]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(dependencies.loadImage).toHaveBeenCalledWith('blob:test/0');
    expect(dependencies.rasterize).toHaveBeenCalledWith(image, 640, 400);
    expect(revoked).toEqual(urls);
  });

  it('draws at another scale when asked', async () => {
    const { dependencies } = fakes();
    await chartPng(exported, { scale: 3 }, dependencies);
    expect(dependencies.rasterize).toHaveBeenCalledWith(expect.anything(), 960, 600);
  });

  it('reports an image that fails to load and still releases its URL', async () => {
    const { urls, revoked, dependencies } = fakes({
      loadImage: async () => {
        throw new Error('The chart could not be drawn as an image');
      },
    });
    await expect(chartPng(exported, {}, dependencies)).rejects.toThrow('could not be drawn');
    expect(revoked).toEqual(urls);
  });
});

describe('bytesToBase64', () => {
  it('matches the standard encoding for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2_000 }), (bytes) => {
        expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      }),
    );
  });

  it('encodes images larger than one chunk (a 2× PNG is hundreds of kilobytes)', () => {
    const bytes = Uint8Array.from({ length: 300_001 }, (_, i) => (i * 7919) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
