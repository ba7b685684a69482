import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PrintJob } from '../../../shared/ipc/contract';
import type { Workshop } from '../../../shared/workshop/schema';
import { sizeMarket } from '../../../shared/market/funnel';
import { marketFacts } from './MarketPages';
import { PrintDocument } from './PrintDocument';
import { item, NEW_SERVICES, placed, printDoc, RELIABILITY } from './printTesting';

afterEach(() => {
  document.body.innerHTML = '';
});

function job(doc: Workshop, overrides: Partial<PrintJob> = {}): PrintJob {
  return {
    doc,
    workshopFileName: 'q1-planning.tradeoff',
    pageSize: 'A4',
    requestedAt: '2026-11-20T17:45:00Z',
    ...overrides,
  };
}

function boardDoc() {
  return printDoc((d) => {
    d.items = [
      item(
        'lat',
        { reach: 9000, impact: 2, confidence: 80, effort: 4 },
        {
          title: 'Cut API gateway P99 latency',
          trackId: RELIABILITY,
          externalKey: 'PLAT-211',
        },
      ),
      item(
        'pg',
        { reach: 1800, impact: 2, confidence: 80, effort: 18 },
        {
          title: 'Managed Postgres read replicas',
        },
      ),
    ];
    d.roadmap.placements = [placed('lat', RELIABILITY, 0), placed('pg', NEW_SERVICES, 1, 2)];
  });
}

function renderDocument(j: PrintJob) {
  const onPrintable = vi.fn();
  const onFailed = vi.fn();
  const view = render(<PrintDocument job={j} onPrintable={onPrintable} onFailed={onFailed} />);
  return { ...view, onPrintable, onFailed };
}

describe('PrintDocument', () => {
  it('opens with the title block: title, facilitator, date, file name and when it was made', () => {
    renderDocument(job(boardDoc()));
    expect(
      screen.getByRole('heading', { level: 1, name: 'Platform team — 2027 roadmap' }),
    ).toBeTruthy();
    const facts = screen.getByRole('banner');
    expect(facts.textContent).toContain('Dana Okafor');
    expect(facts.textContent).toContain('2026');
    expect(facts.textContent).toContain('q1-planning.tradeoff');
    expect(facts.textContent).toContain('Generated');
    expect(facts.textContent).toContain(
      '2 items on 4 quarters, 2027 Q1–2027 Q4 · 3 tracks · scored by RICE',
    );
  });

  it('draws the board: quarters as columns, a row per track, each card under its quarter', () => {
    renderDocument(job(boardDoc()));
    const board = screen.getByRole('table', { name: 'Roadmap board' });
    const headers = within(board)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Track', '2027 Q1', '2027 Q2', '2027 Q3', '2027 Q4']);

    const reliability = within(board).getByRole('rowheader', {
      name: /Reliability \/ performance/,
    });
    const row = reliability.closest('tr');
    const cells = [...(row?.children ?? [])];
    expect(cells[1]?.textContent).toContain('PLAT-211 Cut API gateway P99 latency');
    expect(cells[1]?.textContent).toContain('RICE 3,600');
    expect(cells[1]?.textContent).toContain('4 pm');

    const postgres = within(board).getByRole('heading', { name: 'Managed Postgres read replicas' });
    const cell = postgres.closest('td');
    expect(cell?.colSpan).toBe(2);
    expect(cell?.textContent).toContain('2027 Q2 – 2027 Q3');
  });

  it('shows each quarter’s capacity and marks the one over it', () => {
    renderDocument(job(boardDoc()));
    const capacity = screen.getByRole('rowheader', { name: 'Capacity' }).closest('tr');
    const cells = [...(capacity?.querySelectorAll('td') ?? [])].map((c) => c.textContent);
    expect(cells).toEqual([
      '4 of 12 person-months33.3%',
      '9 of 12 person-months75%',
      '9 of 12 person-months75%',
      '0 of 12 person-months0%',
    ]);

    const over = printDoc((d) => {
      d.items = [item('big', { effort: 30 })];
      d.roadmap.placements = [placed('big', NEW_SERVICES, 0)];
    });
    document.body.innerHTML = '';
    renderDocument(job(over));
    expect(screen.getByText('Over capacity by 18')).toBeTruthy();
  });

  it('gives the legend and each track’s share, naming tracks without investment', () => {
    renderDocument(job(boardDoc()));
    const balance = screen.getByRole('region', { name: 'Balance between tracks' });
    expect(balance.textContent).toContain('New services');
    expect(balance.textContent).toContain('81.8%');
    expect(balance.textContent).toContain('No investment planned in: Developer experience.');
    expect(screen.getByRole('region', { name: 'Legend' }).textContent).toContain(
      'person-months (pm)',
    );
  });

  it('continues with the backlog in both orders and the criteria weights', () => {
    renderDocument(job(boardDoc()));
    const byRice = screen.getByRole('table', { name: 'Backlog ranked by RICE score' });
    const firstRow = within(byRice).getAllByRole('row')[1];
    expect(firstRow?.textContent).toContain('Cut API gateway P99 latency');
    expect(screen.getByRole('table', { name: 'The room’s order' })).toBeTruthy();
    const weights = screen.getByRole('table', { name: 'Criteria weights' });
    expect(within(weights).getAllByRole('row')).toHaveLength(1 + 6 + 1);
  });

  it('adds market funnels and growth charts only where the workshop has them', () => {
    const { unmount } = renderDocument(job(boardDoc()));
    expect(screen.queryByRole('heading', { name: 'Market sizing' })).toBeNull();
    expect(document.querySelectorAll('[data-chart]')).toHaveLength(0);
    unmount();

    const withModels = printDoc((d) => {
      d.markets = [
        {
          id: 'm1',
          name: 'GPU inference',
          notes: '',
          topDown: { totalSpend: 1e9, serviceablePct: 10, obtainablePct: 5 },
          segments: [],
          gapFactor: 3,
        },
      ];
      d.growthModels = [
        {
          id: 'g1',
          name: 'Managed Postgres',
          startCustomers: 100,
          startArpu: 1000,
          arpuPeriod: 'month',
          horizonYears: 2,
          step: 'year',
          scenarios: {
            conservative: { arpuGrowthPct: 10, newCustomersPerYear: 10, churnPct: 10 },
            base: { arpuGrowthPct: 25, newCustomersPerYear: 20, churnPct: 6 },
            aggressive: { arpuGrowthPct: 40, newCustomersPerYear: 40, churnPct: 4 },
          },
        },
      ];
    });
    renderDocument(job(withModels, { pageSize: 'Letter' }));
    expect(screen.getByRole('heading', { name: 'Market sizing' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'GPU inference: top-down' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'GPU inference: bottom-up' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Managed Postgres: revenue by scenario' })).toBeTruthy();
    expect(screen.getByText('The two TAMs can be compared once both are complete.')).toBeTruthy();
    // Drawn once at the printed width of a landscape Letter page, never animated.
    const svg = screen.getByRole('img', { name: 'Managed Postgres: revenue by scenario' });
    expect(svg.getAttribute('width')).toBe('980');
    expect(document.querySelector('.chart--animate')).toBeNull();
  });

  it('says it is printable once every chart is drawn, and only once', async () => {
    const { onPrintable, onFailed, rerender } = renderDocument(job(boardDoc()));
    await waitFor(() => expect(onPrintable).toHaveBeenCalledTimes(1));
    rerender(<PrintDocument job={job(boardDoc())} onPrintable={onPrintable} onFailed={onFailed} />);
    await Promise.resolve();
    expect(onPrintable).toHaveBeenCalledTimes(1);
    expect(onFailed).not.toHaveBeenCalled();
  });

  it('reports a chart that never draws instead of waiting for ever', async () => {
    const onPrintable = vi.fn();
    const onFailed = vi.fn();
    let loadFonts = () => undefined as void;
    const fonts = { ready: new Promise<void>((resolve) => (loadFonts = resolve)) };
    render(
      <PrintDocument
        job={job(boardDoc())}
        onPrintable={onPrintable}
        onFailed={onFailed}
        readiness={{ fonts, timeoutMs: 30 }}
      />,
    );
    // A chart that will never say it is drawn, there before the view starts looking.
    const stuck = document.createElement('figure');
    stuck.setAttribute('data-chart', '');
    document.querySelector('.print-doc')?.append(stuck);
    loadFonts();
    await waitFor(() =>
      expect(onFailed).toHaveBeenCalledWith(expect.stringMatching(/^1 chart was not drawn/)),
    );
    expect(onPrintable).not.toHaveBeenCalled();
  });

  it('lays out for the page size of the job', () => {
    const { container } = renderDocument(job(boardDoc(), { pageSize: 'Letter' }));
    expect(container.querySelector('.print-doc--letter')).toBeTruthy();
  });
});

describe('marketFacts', () => {
  it('compares the TAMs, names the segments behind the bottom-up one and the items it backs', () => {
    const sizing = sizeMarket({
      id: 'm1',
      name: 'GPU inference',
      notes: '',
      topDown: { totalSpend: 4e9, serviceablePct: 10, obtainablePct: 5 },
      segments: [
        {
          id: 's1',
          name: 'AI start-ups',
          customers: 1000,
          revenuePerCustomer: 100_000,
          revenuePeriod: 'year',
          serviceablePct: 50,
          obtainablePct: 10,
        },
        {
          id: 's2',
          name: ' ',
          customers: null,
          revenuePerCustomer: 10,
          revenuePeriod: 'month',
          serviceablePct: null,
          obtainablePct: null,
        },
      ],
      gapFactor: 3,
    });
    expect(marketFacts(sizing, ['Serverless GPU inference (beta)'], 'USD')).toBe(
      'The two TAMs can be compared once both are complete. Bottom-up from 2 segments: ' +
        'AI start-ups (TAM $100M), Unnamed segment (TAM incomplete). ' +
        'Backs: Serverless GPU inference (beta).',
    );
  });
});
