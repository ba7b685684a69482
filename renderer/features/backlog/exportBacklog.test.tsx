import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseCsvText } from '../../../shared/backlog/csv/parse';
import { backlogWorkshop, giveElementsAHeight, renderBacklog } from './backlogTesting';
import { exportFileName } from './exportBacklog';

beforeAll(giveElementsAHeight);
afterEach(cleanup);

describe('exporting the backlog', () => {
  it('saves the scored backlog as CSV through the host, named after the workshop', async () => {
    const doc = backlogWorkshop([
      {
        title: 'Kafka',
        externalKey: 'PLAT-420',
        rice: { reach: 100, impact: 3, confidence: 50, effort: 10 },
      },
      {
        title: 'Failover',
        trackId: 'track-reliability',
        rice: { reach: 500, impact: 2, confidence: 80, effort: 4 },
      },
    ]);
    doc.meta.title = 'Q3: platform';
    const app = await renderBacklog(doc, {
      'export:save': () => ({
        status: 'saved',
        name: 'Q3- platform backlog.csv',
        displayPath: '~/Tradeoff',
      }),
    });
    await app.user.click(screen.getByRole('button', { name: 'Export CSV…' }));
    await screen.findByText(/Saved “Q3- platform backlog.csv”/);
    const [request] = app.api.requestsTo('export:save');
    expect(request?.format).toBe('csv');
    expect(request?.suggestedName).toBe('Q3- platform backlog.csv');
    const parsed = parseCsvText(request?.content ?? '');
    if (!parsed.ok) throw new Error(parsed.reason);
    const rows = parsed.table.rows.map((row) => row.cells);
    expect(parsed.table.columns.map((column) => column.name).slice(0, 3)).toEqual([
      'Manual rank',
      'Computed rank',
      'Title',
    ]);
    expect(rows.map((cells) => [cells[0], cells[1], cells[2], cells[12]])).toEqual([
      ['1', '2', 'Kafka', '15'],
      ['2', '1', 'Failover', '200'],
    ]);
  });

  it('names the file after an untitled workshop too', () => {
    expect(exportFileName('')).toBe('Untitled workshop backlog.csv');
    expect(exportFileName('H2 / platform')).toBe('H2 - platform backlog.csv');
  });
});
