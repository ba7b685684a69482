import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/**
 * The Backlog workspace (issue 3), found by role and accessible name only, and used the way a
 * facilitator uses it: the mouse, the keyboard, the in-app file dialogs of the browser host.
 */

export interface RiceEntry {
  reach?: string;
  /** A level as the list shows it, e.g. "Massive (3)". */
  impact?: string;
  /** A level as the list shows it, e.g. "Medium (80%)". */
  confidence?: string;
  effort?: string;
}

export class BacklogPage {
  /** The room's order: one list item per shown backlog item, named by its title. */
  readonly list: Locator;
  readonly riceOrder: Locator;
  /** The "Backlog 38 of 412 items" heading. */
  readonly heading: Locator;
  readonly search: Locator;
  readonly trackFilter: Locator;
  readonly tagFilter: Locator;
  /** The sentence the backlog says after a move without dragging, a delete, an import. */
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('list', { name: "Backlog in the room's order" });
    this.riceOrder = page.getByRole('list', { name: 'Backlog in RICE order' });
    this.heading = page.getByRole('heading', { name: /^Backlog/, level: 2 });
    this.search = page.getByRole('searchbox', { name: 'Search' });
    this.trackFilter = page.getByRole('combobox', { name: 'Track', exact: true });
    this.tagFilter = page.getByRole('combobox', { name: 'Tag', exact: true });
    this.status = page.getByRole('status', { name: 'Backlog activity' });
  }

  row(title: string): Locator {
    return this.list.getByRole('listitem', { name: title, exact: true });
  }

  handle(title: string): Locator {
    return this.row(title).getByRole('button', { name: `Move ${title}`, exact: true });
  }

  scoreOf(title: string): Locator {
    return this.row(title).getByRole('note', { name: /^RICE score of/ });
  }

  /** What screen readers hear about a drag (dnd-kit's live region). */
  dragAnnouncement(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  /** The shown titles, top to bottom (the rows in view: enough for a short backlog). */
  async titles(): Promise<string[]> {
    const rows = await this.list.getByRole('listitem').evaluateAll((elements) =>
      elements
        .map((element) => ({
          at: Number(element.getAttribute('aria-posinset')),
          title: element.getAttribute('aria-label') ?? '',
        }))
        .sort((a, b) => a.at - b.at)
        .map((entry) => entry.title),
    );
    return rows;
  }

  async expectOrder(titles: readonly string[]): Promise<void> {
    await expect.poll(() => this.titles()).toEqual(titles);
  }

  /** Import CSV…, then the file in the in-app "Import a CSV file" dialog. */
  async chooseImportFile(fileName: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Import CSV…', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Import a CSV file' });
    await dialog
      .getByRole('list', { name: 'Folder contents' })
      .getByRole('button', { name: new RegExp(`^${escapeRegExp(fileName)}`) })
      .click();
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  mappingStep(fileName: string): Locator {
    return this.page.getByRole('dialog', { name: `Import “${fileName}”: match the columns` });
  }

  confirmStep(fileName: string): Locator {
    return this.page.getByRole('dialog', { name: `Import “${fileName}”: confirm` });
  }

  /** Picks the column a field comes from in the mapping step. */
  async mapColumn(fileName: string, field: string, column: string): Promise<void> {
    await this.mappingStep(fileName)
      .getByRole('combobox', { name: `Column for ${field}`, exact: true })
      .selectOption({ label: column });
  }

  async reviewImport(fileName: string): Promise<void> {
    await this.mappingStep(fileName).getByRole('button', { name: 'Review import' }).click();
    await expect(this.confirmStep(fileName)).toBeVisible();
  }

  async confirmImport(fileName: string): Promise<void> {
    const dialog = this.confirmStep(fileName);
    await dialog.getByRole('button', { name: /^Import \d+ items?$/ }).click();
    await expect(dialog).toBeHidden();
  }

  /** Types and picks RICE values in a row, each field as one edit. */
  async enterRice(title: string, values: RiceEntry): Promise<void> {
    const row = this.row(title);
    if (values.reach !== undefined) await this.typeInto(row, `Reach of ${title}`, values.reach);
    if (values.impact !== undefined) {
      await row
        .getByRole('combobox', { name: `Impact of ${title}` })
        .selectOption({ label: values.impact });
    }
    if (values.confidence !== undefined) {
      await row
        .getByRole('combobox', { name: `Confidence of ${title}` })
        .selectOption({ label: values.confidence });
    }
    if (values.effort !== undefined) await this.typeInto(row, `Effort of ${title}`, values.effort);
  }

  private async typeInto(row: Locator, name: string, value: string): Promise<void> {
    const field = row.getByRole('textbox', { name, exact: true });
    await field.fill(value);
    await field.press('Enter');
  }

  /** Presses the handle of `title`, drags it onto the row of `ontoTitle` and lets go. */
  async dragByMouse(title: string, ontoTitle: string): Promise<void> {
    await this.row(ontoTitle).scrollIntoViewIfNeeded();
    await this.handle(title).scrollIntoViewIfNeeded();
    const from = await this.handle(title).boundingBox();
    const onto = await this.row(ontoTitle).boundingBox();
    if (from === null || onto === null) throw new Error('rows are not on screen');
    const { mouse } = this.page;
    await mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await mouse.down();
    // Past the 4 px that tell a drag from a click, then onto the target in steps, as a hand does.
    await mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 8, { steps: 3 });
    await mouse.move(from.x + from.width / 2, onto.y + onto.height / 2, { steps: 12 });
    await mouse.up();
    // dnd-kit swallows clicks for 50 ms after a drop (so the drop is not also a click on the row
    // under it); a person's next click comes later than that, a test's might not.
    await this.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 60)));
  }

  /**
   * Focuses the handle of `title`, picks it up with Space, presses the arrow `steps` times
   * (negative: up) and drops it with Space.
   */
  async dragByKeyboard(title: string, steps: number): Promise<void> {
    await this.handle(title).focus();
    await this.page.keyboard.press('Space');
    await expect(this.dragAnnouncement(`Picked up '${title}'`)).toBeAttached();
    // dnd-kit's keyboard sensor starts listening for arrows on the page's next task; a person
    // is never that fast, a test is. One task in the page lets it attach first.
    await this.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    for (let i = 0; i < Math.abs(steps); i += 1) {
      await this.page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
      await expect(this.dragAnnouncement(/would go to position/)).toBeAttached();
    }
    await this.page.keyboard.press('Space');
  }

  /** One of the row's "Actions for …" menu entries, e.g. "Move to top". */
  async fromRowMenu(title: string, entry: string): Promise<void> {
    await this.row(title)
      .getByRole('button', { name: `Actions for ${title}` })
      .click();
    await this.page
      .getByRole('menu', { name: `Actions for ${title}` })
      .getByRole('menuitem', { name: new RegExp(`^${escapeRegExp(entry)}`) })
      .click();
  }

  /** Export CSV…, then a file name in the in-app "Export CSV" dialog. */
  async exportCsv(fileName: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Export CSV…', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Export CSV' });
    await dialog.getByRole('textbox', { name: 'File name' }).fill(fileName);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(dialog).toBeHidden();
    // The host writes after the dialog closes; the app says so when the file is there.
    await expect(this.page.getByText(/^Saved “.+\.csv” in /)).toBeVisible();
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
