import { cleanup, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MarketModel } from '../../../shared/workshop/schema';
import { backlogWorkshop, giveElementsAHeight, renderBacklog, row } from './backlogTesting';
import { somSummary } from './marketSom';

beforeAll(giveElementsAHeight);
afterEach(cleanup);

const gpuMarket: MarketModel = {
  id: 'market-gpu',
  name: 'Serverless GPU inference',
  notes: '',
  topDown: { totalSpend: 4_000_000_000, serviceablePct: 10, obtainablePct: 5 },
  segments: [],
  gapFactor: 3,
};

describe("an item's market", () => {
  it('shows the SOM of the market model attached to the item', async () => {
    const doc = backlogWorkshop([
      { title: 'GPU instances', marketModelId: 'market-gpu' },
      { title: 'CLI completion' },
    ]);
    doc.markets = [gpuMarket];
    const app = await renderBacklog(doc);
    expect(within(row('GPU instances')).getByText('SOM $20M')).toBeTruthy();
    expect(within(row('CLI completion')).queryByText(/SOM/)).toBeNull();
    await app.user.click(
      within(row('GPU instances')).getByRole('button', { name: 'Details of GPU instances' }),
    );
    expect(
      within(row('GPU instances')).getByText(
        'Serverless GPU inference: SOM $20M a year (top-down)',
      ),
    ).toBeTruthy();
  });

  it('prefers the bottom-up estimate and says what is missing when neither is complete', () => {
    const bottomUp: MarketModel = {
      ...gpuMarket,
      segments: [
        {
          id: 'seg-1',
          name: 'AI startups',
          customers: 2_000,
          revenuePerCustomer: 5_000,
          revenuePeriod: 'month',
          serviceablePct: 50,
          obtainablePct: 10,
        },
      ],
    };
    expect(somSummary(bottomUp, 'USD').detail).toBe(
      'Serverless GPU inference: SOM $6M a year (bottom-up)',
    );
    const empty: MarketModel = {
      ...gpuMarket,
      topDown: { totalSpend: null, serviceablePct: null, obtainablePct: null },
    };
    expect(somSummary(empty, 'EUR')).toEqual({
      text: 'SOM not sized yet',
      detail: 'Serverless GPU inference: not sized yet (Top-down: total market spend)',
    });
  });
});
