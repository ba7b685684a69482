import type { Locator, Page } from '@playwright/test';

/**
 * The app frame, found by role and accessible name only: these names are the contract between
 * the UI and its end-to-end tests (a renamed button should fail here, not deep in a journey).
 */
export const WORKSPACES = ['Backlog', 'Criteria', 'Market', 'Roadmap'] as const;
export type Workspace = (typeof WORKSPACES)[number];

export type AppMenu = 'File' | 'Edit' | 'View' | 'Help';

export class AppShell {
  /** The start screen's actions, shown while no workshop is open. */
  readonly newWorkshopButton: Locator;
  readonly openButton: Locator;
  /** The header's Save button, shown while a workshop is open. */
  readonly saveButton: Locator;
  readonly titleField: Locator;
  readonly workspaces: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.newWorkshopButton = page.getByRole('button', { name: 'New workshop', exact: true });
    this.openButton = page.getByRole('button', { name: 'Open…', exact: true });
    this.saveButton = page.getByRole('banner').getByRole('button', { name: 'Save', exact: true });
    this.titleField = page.getByRole('textbox', { name: 'Workshop title' });
    this.workspaces = page.getByRole('tablist', { name: 'Workspaces' });
    this.status = page.getByRole('status');
  }

  /** The title is a button until clicked, then a text field; Enter keeps the new text. */
  async renameWorkshop(from: string, to: string): Promise<void> {
    await this.page.getByRole('heading', { name: from }).getByRole('button').click();
    await this.titleField.fill(to);
    await this.titleField.press('Enter');
  }

  workshopTitle(title: string): Locator {
    return this.page.getByRole('heading', { name: title, exact: true });
  }

  workspace(name: Workspace): Locator {
    return this.workspaces.getByRole('tab', { name, exact: true });
  }

  async openWorkspace(name: Workspace): Promise<void> {
    await this.workspace(name).click();
  }

  /** Opens one of the page's menus and returns it, e.g. to read which items are disabled. */
  async openMenu(menu: AppMenu): Promise<Locator> {
    await this.page
      .getByRole('navigation', { name: 'Application' })
      .getByRole('button', { name: menu, exact: true })
      .click();
    return this.page.getByRole('menu', { name: menu });
  }

  /** Picks `item` (e.g. `Save as…`) from one of the page's menus (File, Edit, View, Help). */
  async chooseFromMenu(menu: AppMenu, item: string | RegExp): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Application' })
      .getByRole('button', { name: menu, exact: true })
      .click();
    await this.page.getByRole('menu', { name: menu }).getByRole('menuitem', { name: item }).click();
  }

  /** A file in the start screen's "Recent workshops" list. */
  recentWorkshop(fileName: string): Locator {
    return this.page
      .getByRole('region', { name: 'Recent workshops' })
      .getByRole('button', { name: fileName });
  }

  /** Ctrl+Z / Ctrl+Shift+Z (Cmd on macOS), as a person would press them. */
  async undoByKeyboard(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+z');
  }

  async redoByKeyboard(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+Shift+z');
  }

  /** The document title: the file name, marked while there are unsaved changes. */
  windowTitle(): Promise<string> {
    return this.page.title();
  }
}
