import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export type CriteriaView =
  'Weights & ranking' | 'Scoring matrix' | 'Compare orders' | 'Edit criteria';

/**
 * The Criteria workspace (issue 4), by role and accessible name only: its views, the weight
 * sliders with their fields, locks and presets, the live ranking, and the scoring matrix.
 */
export class CriteriaPage {
  readonly views: Locator;
  readonly presets: Locator;
  readonly ranking: Locator;
  readonly matrix: Locator;

  constructor(readonly page: Page) {
    this.views = page.getByRole('tablist', { name: 'Criteria views' });
    this.presets = page.getByRole('group', { name: 'Weight presets' });
    this.ranking = page.getByRole('list', { name: 'Items by weighted total' });
    this.matrix = page.getByRole('grid', { name: 'Scores by item and criterion' });
  }

  async openView(view: CriteriaView): Promise<void> {
    await this.views.getByRole('tab', { name: view, exact: true }).click();
  }

  slider(criterion: string): Locator {
    return this.page.getByRole('slider', { name: criterion, exact: true });
  }

  weightField(criterion: string): Locator {
    return this.page.getByRole('textbox', { name: `${criterion} weight in percent` });
  }

  preset(name: string): Locator {
    return this.presets.getByRole('button', { name, exact: true });
  }

  /** The ranking's line at 1-based `rank`. */
  rankedItem(rank: number): Locator {
    return this.ranking.getByRole('listitem').nth(rank - 1);
  }

  /**
   * Drags a slider's thumb with the mouse from where it is to `fraction` of the track (0 = left
   * end, 1 = right end), in small steps, as a hand does.
   */
  async dragSlider(criterion: string, fraction: number): Promise<void> {
    const slider = this.slider(criterion);
    const box = await slider.boundingBox();
    if (!box) throw new Error(`The ${criterion} slider is not on screen`);
    const value = Number(await slider.inputValue());
    // The thumb's centre travels the track minus one thumb width (1.5rem of the page's font).
    const thumb = await slider.evaluate(
      () => 1.5 * parseFloat(getComputedStyle(document.documentElement).fontSize),
    );
    const xAt = (share: number) => box.x + thumb / 2 + share * (box.width - thumb);
    const y = box.y + box.height / 2;
    await this.page.mouse.move(xAt(value / 100), y);
    await this.page.mouse.down();
    await this.page.mouse.move(xAt(fraction), y, { steps: 12 });
    await this.page.mouse.up();
  }

  async saveWeightsAs(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Save current weights as…' }).click();
    const field = this.page.getByRole('textbox', { name: 'Preset name' });
    await field.fill(name);
    await field.press('Enter');
    await expect(this.preset(name)).toBeVisible();
  }

  /** A score cell of the matrix, by the item's title and the criterion's column (0-based). */
  scoreCell(itemTitle: string, column: number): Locator {
    return this.matrix
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: itemTitle, exact: true }) })
      .getByRole('gridcell')
      .nth(column);
  }
}
