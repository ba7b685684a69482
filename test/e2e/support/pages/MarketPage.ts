import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { StatusArea } from './StatusArea';

/**
 * The Market workspace (issue 5), by role and accessible name only: the list of models, the open
 * model's fields and its charts. Fields commit with Enter, as a facilitator types them.
 */
export class MarketPage {
  readonly models: Locator;
  readonly currency: Locator;

  constructor(readonly page: Page) {
    this.models = page.getByRole('navigation', { name: 'Models' });
    this.currency = page.getByRole('combobox', { name: 'Workshop currency' });
  }

  model(name: string): Locator {
    return this.models.getByRole('button', { name, exact: true });
  }

  async newMarketModel(name: string): Promise<void> {
    await this.models.getByRole('button', { name: 'New market model' }).click();
    await this.fill('Name of the market model', name);
    await expect(this.model(name)).toBeVisible();
  }

  async newGrowthModel(name: string): Promise<void> {
    await this.models.getByRole('button', { name: 'New growth model' }).click();
    await this.fill('Name of the growth model', name);
    await expect(this.model(name)).toBeVisible();
  }

  field(name: string): Locator {
    return this.page.getByRole('textbox', { name, exact: true });
  }

  /** Types `text` over the field's content and presses Enter, which commits it. */
  async fill(name: string, text: string): Promise<void> {
    const field = this.field(name);
    await field.click();
    await field.press('ControlOrMeta+a');
    await field.pressSequentially(text);
    await field.press('Enter');
  }

  /** A chart's region: "Top-down funnel", "Bottom-up funnel", "Segments at each level", "Growth chart". */
  chart(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** The focusable plot of a chart, whose arrow keys move between its points. */
  chartPlot(region: string): Locator {
    return this.chart(region).getByRole('group', { name: /arrow keys/ });
  }

  /** The drawn chart inside a region: an image named by the chart's title. */
  chartImage(region: string): Locator {
    return this.chart(region).getByRole('img');
  }

  get gapFlag(): Locator {
    return this.page.getByText('TAM gap:');
  }

  /** Picks `item` in "Attach a backlog item" and attaches it to the open model. */
  async attach(item: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Attach a backlog item' }).selectOption(item);
    await this.page.getByRole('button', { name: 'Attach', exact: true }).click();
  }

  attachedItems(modelName: string): Locator {
    return this.page.getByRole('list', { name: `Items sized by ${modelName}` });
  }

  /**
   * Export SVG / Export PNG under a chart, then the in-app dialog's file name (without extension)
   * and Save; waits for the notice that the file was saved.
   */
  async exportChart(region: string, format: 'SVG' | 'PNG', fileName: string): Promise<void> {
    await this.chart(region)
      .getByRole('button', { name: `Export ${format}` })
      .click();
    const dialog = this.page.getByRole('dialog', { name: `Export ${format}` });
    await dialog.getByRole('textbox', { name: 'File name' }).fill(fileName);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(dialog).toBeHidden();
    // The file is on disk once the app says so.
    const saved = `Saved “${fileName}.${format.toLowerCase()}”`;
    await expect(new StatusArea(this.page).notice(saved)).toBeVisible();
  }

  /** A radio button of the growth chart's switches: Revenue / ARPU, Linear / Log. */
  async chartSwitch(option: 'Revenue' | 'ARPU' | 'Linear' | 'Log'): Promise<void> {
    await this.chart('Growth chart').getByRole('radio', { name: option }).check();
  }

  /** The cells of one period's row in the numbers table under the growth chart. */
  growthRow(period: string): Locator {
    return this.page
      .getByRole('region', { name: /^Numbers per/ })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: period, exact: true }) })
      .getByRole('cell');
  }
}
