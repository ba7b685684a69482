import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/**
 * The Roadmap workspace (issue 6), by role and accessible name: the ranked backlog beside the
 * board, cards named after their items, a cell's cards as a list named "<period>, <track>", the
 * column headers as groups named after their periods, the board's own announcements, and the
 * balance strip. Moves are made as a facilitator makes them: dragging with the mouse, picking up
 * with the keyboard, or through a card's Actions menu.
 */
export class RoadmapPage {
  readonly board: Locator;
  readonly backlog: Locator;
  readonly announcements: Locator;
  readonly balance: Locator;
  readonly exportPdfButton: Locator;

  constructor(readonly page: Page) {
    this.board = page.getByRole('region', { name: 'Roadmap board' });
    this.backlog = page.getByRole('region', { name: 'Ranked backlog' });
    this.announcements = page.getByRole('status', { name: 'Roadmap announcements' });
    this.balance = page.getByRole('region', { name: 'Balance across tracks' });
    this.exportPdfButton = page.getByRole('button', { name: 'Export PDF…', exact: true });
  }

  /** An item in the backlog beside the board (its drag handle). */
  backlogItem(title: string): Locator {
    return this.backlog.getByRole('button', { name: title, exact: true });
  }

  /** A card on the board (its drag handle). */
  card(title: string): Locator {
    return this.board.getByRole('button', { name: title, exact: true });
  }

  /** The cards that start in a cell, e.g. `cell('2027 Q2', 'Reliability / performance')`. */
  cell(period: string, track: string): Locator {
    return this.board.getByRole('list', { name: `${period}, ${track}`, exact: true });
  }

  /** The titles of a cell's cards, top to bottom. */
  async cardsIn(period: string, track: string): Promise<string[]> {
    const handles = this.cell(period, track).locator('[data-card-handle]');
    return handles.evaluateAll((elements) =>
      elements.map((e) => e.getAttribute('aria-label') ?? ''),
    );
  }

  /** Waits until a cell holds exactly these cards, in this order. */
  async expectCards(period: string, track: string, titles: readonly string[]): Promise<void> {
    await expect.poll(() => this.cardsIn(period, track)).toEqual(titles);
  }

  /** A period's column header: its name, planned effort of capacity, any over-capacity warning. */
  column(period: string): Locator {
    return this.board.getByRole('group', { name: period, exact: true });
  }

  capacityField(period: string): Locator {
    return this.board.getByRole('textbox', { name: `Capacity of ${period} in person-months` });
  }

  async setCapacity(period: string, personMonths: string): Promise<void> {
    await this.capacityField(period).fill(personMonths);
    await this.capacityField(period).press('Enter');
  }

  track(name: string): Locator {
    return this.board.getByRole('heading', { name, exact: true, level: 3 });
  }

  /**
   * Drags `source` (a backlog item or a card) with the mouse and drops it in the cell of
   * `period` × `track`, below the cards already there.
   */
  async dragTo(source: Locator, period: string, track: string): Promise<void> {
    // As a person would: scroll the board to the target row, then bring the item into view.
    await this.track(track).scrollIntoViewIfNeeded();
    await source.scrollIntoViewIfNeeded();
    const from = await boxOf(source);
    const column = await boxOf(this.column(period));
    const row = await boxOf(this.track(track));
    const target = { x: column.x + column.width / 2, y: row.y + row.height - 12 };
    const mouse = this.page.mouse;
    await mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await mouse.down();
    // A few small steps first: the press becomes a drag only after it has moved a little.
    await mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 4, { steps: 4 });
    await mouse.move(target.x, target.y, { steps: 12 });
    await expect(this.cell(period, track).locator(`[data-card-id]`).last()).toBeVisible();
    await mouse.up();
  }

  /** Drags a card with the mouse and drops it just above another card (reordering a cell). */
  async dragAbove(source: Locator, target: Locator): Promise<void> {
    await target.scrollIntoViewIfNeeded();
    const to = await boxOf(target);
    await this.dragAlong(source, { x: to.x + to.width / 2, y: to.y + 6 });
  }

  /** Drags a card with the mouse onto the backlog beside the board: off the roadmap. */
  async dragToBacklog(source: Locator): Promise<void> {
    const to = await boxOf(this.backlog);
    await this.dragAlong(source, { x: to.x + to.width / 2, y: to.y + to.height / 2 });
  }

  private async dragAlong(source: Locator, to: { x: number; y: number }): Promise<void> {
    await source.scrollIntoViewIfNeeded();
    const from = await boxOf(source);
    const mouse = this.page.mouse;
    await mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await mouse.down();
    await mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 4, { steps: 4 });
    await mouse.move(to.x, to.y, { steps: 12 });
    await mouse.up();
  }

  /** Space on a backlog item or card, then the arrow keys, then Enter: a drag from the keyboard. */
  async moveByKeyboard(source: Locator, keys: readonly string[]): Promise<void> {
    await source.focus();
    await this.page.keyboard.press('Space');
    for (const key of keys) await this.page.keyboard.press(key);
    await this.page.keyboard.press('Enter');
  }

  layoutOption(name: 'Quarters' | 'Now / Next / Later'): Locator {
    return this.page.getByRole('radio', { name, exact: true });
  }
}

async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator.toString()} is not on screen`);
  return box;
}
