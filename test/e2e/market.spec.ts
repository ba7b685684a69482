import type { Page } from '@playwright/test';
import { z } from 'zod';
import { expect, restartApp, test } from './support/fixtures';
import { AppShell } from './support/pages/AppShell';
import { FileActions } from './support/pages/FileActions';
import { MarketPage } from './support/pages/MarketPage';

/**
 * Issue 5, end to end: a facilitator sizes a candidate service's market two ways and watches the
 * funnels follow every input, attaches the model to the backlog item it sizes, models the growth
 * of existing customers' spend, exports the charts into the workshop folder, saves, quits and
 * finds it all again. The workshop starts from `market-storage.tradeoff`: four backlog items,
 * no models.
 */

const FIXTURE = 'market-storage.tradeoff';

/** Only what these journeys read back from disk. */
const SavedMarketsSchema = z.object({
  workshop: z.object({
    markets: z.array(z.object({ id: z.string(), name: z.string() })),
    items: z.array(z.object({ title: z.string(), marketModelId: z.string().nullable() })),
  }),
});

async function openFixture(page: Page, copy: () => Promise<unknown>) {
  await copy();
  await new FileActions(page).openFromStartScreen(FIXTURE);
  await new AppShell(page).openWorkspace('Market');
}

test('a market sized two ways follows its inputs, sizes a backlog item and is there after a restart', async ({
  page,
  host,
  workshop,
}) => {
  const market = new MarketPage(page);
  const files = new FileActions(page);
  await openFixture(page, () => workshop.copyFixture(FIXTURE));

  await market.newMarketModel('Cold storage tier');
  const topDown = market.chartImage('Top-down funnel');
  const bottomUp = market.chartImage('Bottom-up funnel');
  await expect(topDown).toContainText('Not set');

  // Top-down: $12B × 15% = $1.8B SAM; × 4% = $72M SOM, 0.6% of TAM.
  await market.fill('Total market annual spend', '12B');
  await expect(topDown).toContainText('$12B');
  await market.fill('Serviceable share', '15%');
  await expect(topDown).toContainText('$1.8B · 15% of TAM');
  await market.fill('Obtainable share', '4');
  await expect(topDown).toContainText('$72M · 4% of SAM · 0.6% of TAM');
  await expect(market.field('Total market annual spend')).toHaveValue('$12B');

  // Bottom-up: 40,000 customers × $250 a month × 12 = $120M TAM; 60% → $72M; 10% → $7.2M.
  await market.fill('Name of Segment 1', 'Media archives');
  await market.fill('Potential customers in Media archives', '40k');
  await market.fill('Revenue per customer in Media archives', '250');
  await market.fill('Serviceable share of Media archives', '60%');
  await market.fill('Obtainable share of Media archives', '10%');
  await expect(bottomUp).toContainText('$7.2M · 10% of SAM · 6% of TAM');
  await expect(market.gapFlag).toBeVisible();
  await expect(page.getByText(/Top-down TAM is 100× the bottom-up TAM/)).toBeVisible();

  // A typing slip is refused with its reason and changes nothing.
  await market.fill('Potential customers in Media archives', '4,5');
  await expect(page.getByRole('alert')).toHaveText(
    "'4,5' is not a number: write decimals with a dot (1.5)",
  );
  await expect(bottomUp).toContainText('$120M');

  // 2M customers: TAM $6B, half the top-down one: within the 2× the model allows.
  await market.fill('Potential customers in Media archives', '2M');
  await expect(bottomUp).toContainText('$6B');
  await expect(bottomUp).toContainText('$360M · 10% of SAM · 6% of TAM');
  await expect(market.gapFlag).toBeHidden();
  await expect(page.getByText(/Top-down TAM is 2× the bottom-up TAM: within the 2×/)).toBeVisible();
  await expect(market.model('Cold storage tier')).toContainText('SOM $360M');

  await market.attach('Cold storage tier');
  await expect(market.attachedItems('Cold storage tier')).toContainText('Cold storage tier');
  await expect(page.getByText(/They show its SOM: \$360M a year \(bottom-up\)/)).toBeVisible();

  await files.saveByKeyboard();
  const saved = SavedMarketsSchema.parse(JSON.parse(await workshop.read(FIXTURE)));
  const [model] = saved.workshop.markets;
  expect(model?.name).toBe('Cold storage tier');
  expect(saved.workshop.items.find((i) => i.title === 'Cold storage tier')?.marketModelId).toBe(
    model?.id,
  );

  await restartApp(page, host);
  await files.openRecentFromStartScreen(FIXTURE);
  await new AppShell(page).openWorkspace('Market');
  await expect(market.model('Cold storage tier')).toHaveAttribute('aria-current', 'true');
  await expect(market.field('Potential customers in Media archives')).toHaveValue('2M');
  await expect(market.chartImage('Bottom-up funnel')).toContainText('$6B');
  await expect(market.attachedItems('Cold storage tier')).toContainText('Cold storage tier');
});

test('a growth model redraws as its scenarios change, switches views and undoes by keyboard', async ({
  page,
  workshop,
}) => {
  const market = new MarketPage(page);
  const shell = new AppShell(page);
  await openFixture(page, () => workshop.copyFixture(FIXTURE));

  await market.newGrowthModel('Object storage consumption');
  const chart = market.chartImage('Growth chart');
  await expect(chart).toContainText('Revenue per year (USD)');
  const year5 = market.growthRow('Year 5');
  const baseRevenue = await year5.nth(2).textContent();

  await market.fill('Base: ARPU growth per year', '35%');
  await expect(year5.nth(2)).not.toHaveText(baseRevenue ?? '');
  await expect(chart).toHaveAccessibleDescription(/After 5 years: .*base \$[\d.]+M/);

  await market.chartSwitch('ARPU');
  await expect(chart).toContainText('ARPU per month (USD)');
  await market.chartSwitch('Log');
  await expect(chart).toContainText('ARPU by scenario');

  // The keyboard reads the chart point by point; a screen reader hears each point.
  await market.chartPlot('Growth chart').focus();
  await page.keyboard.press('End');
  await expect(market.chart('Growth chart').getByText(/^Year 5: Conservative \$/)).toBeAttached();

  await page.getByRole('combobox', { name: 'Steps' }).selectOption('Quarterly');
  await expect(market.growthRow('Y5 Q4').first()).toBeVisible();
  await expect(chart).toContainText('ARPU per month (USD)');

  // Ctrl+Z outside a field undoes the last edit: back to yearly steps.
  await page.getByRole('heading', { name: 'Market', exact: true }).click();
  await shell.undoByKeyboard();
  await expect(page.getByRole('combobox', { name: 'Steps' })).toHaveValue('year');
  await shell.undoByKeyboard();
  await expect(market.field('Base: ARPU growth per year')).toHaveValue('25%');
  await expect(year5.nth(2)).toHaveText(baseRevenue ?? '');
});

test('charts export as SVG and PNG files into the workshop folder', async ({ page, workshop }) => {
  const market = new MarketPage(page);
  await openFixture(page, () => workshop.copyFixture(FIXTURE));
  await market.newGrowthModel('Object storage consumption');

  await market.exportChart('Growth chart', 'SVG', 'growth-chart');
  await market.exportChart('Growth chart', 'PNG', 'growth-chart');
  await market.newMarketModel('Cold storage tier');
  await market.fill('Total market annual spend', '12B');
  await market.exportChart('Top-down funnel', 'SVG', 'funnel');
  expect(await workshop.list()).toEqual([
    'funnel.svg',
    'growth-chart.png',
    'growth-chart.svg',
    FIXTURE,
  ]);

  // The SVG is a document any viewer opens: well-formed, titled, with both axes labelled.
  const svg = await page.evaluate(
    (text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        wellFormed: doc.querySelector('parsererror') === null,
        width: Number(doc.documentElement.getAttribute('width')),
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      };
    },
    await workshop.read('growth-chart.svg'),
  );
  expect(svg.wellFormed).toBe(true);
  expect(svg.texts).toEqual(
    expect.arrayContaining([
      'Revenue by scenario',
      'Revenue per year (USD)',
      'Years from start',
      'Start',
      'Year 5',
      '$0',
      'Base',
    ]),
  );
  const funnel = await workshop.read('funnel.svg');
  expect(funnel).toContain('$12B');

  // The PNG: its signature, then the size in its IHDR chunk, twice the chart's for sharp slides.
  const png = await workshop.readBytes('growth-chart.png');
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(width).toBe(svg.width * 2);
  expect(width).toBeGreaterThan(800);
  expect(height).toBeGreaterThan(400);
  expect(height).toBeLessThan(width);
  expect(png.length).toBeGreaterThan(10_000);
});
