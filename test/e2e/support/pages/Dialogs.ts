import type { Locator, Page } from '@playwright/test';

/**
 * The app's modal dialogs (renderer/state/dialogs.ts), by role and accessible name only. Each
 * is a `dialog` or an `alertdialog` whose accessible name is its title.
 */

/** "Save changes to “…”?", asked before closing, opening another file or starting a new one. */
export class UnsavedChangesPrompt {
  readonly root: Locator;

  constructor(page: Page) {
    this.root = page.getByRole('alertdialog', { name: /^Save changes to/ });
  }

  save(): Promise<void> {
    return this.root.getByRole('button', { name: 'Save', exact: true }).click();
  }

  discard(): Promise<void> {
    return this.root.getByRole('button', { name: "Don't save", exact: true }).click();
  }

  cancel(): Promise<void> {
    return this.root.getByRole('button', { name: 'Cancel', exact: true }).click();
  }
}

/** The browser host's in-app file dialog over the workshop folder (`files:list`). */
export class FileDialog {
  readonly root: Locator;

  constructor(page: Page, mode: 'open' | 'save') {
    const title = mode === 'open' ? 'Open a workshop' : 'Save workshop as';
    this.root = page.getByRole('dialog', { name: title });
  }

  /** A file or folder in the listing; its accessible name starts with the entry's name. */
  entry(name: string): Locator {
    return this.root
      .getByRole('list', { name: 'Folder contents' })
      .getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}`) });
  }

  async open(fileName: string): Promise<void> {
    await this.entry(fileName).click();
    await this.root.getByRole('button', { name: 'Open', exact: true }).click();
  }

  async saveAs(fileName: string): Promise<void> {
    await this.root.getByRole('textbox', { name: 'File name' }).fill(fileName);
    await this.root.getByRole('button', { name: 'Save', exact: true }).click();
  }

  cancel(): Promise<void> {
    return this.root.getByRole('button', { name: 'Cancel', exact: true }).click();
  }
}

/** A message about something that failed, e.g. a file that could not be opened. */
export class ErrorDialog {
  readonly root: Locator;

  constructor(page: Page) {
    this.root = page.getByRole('alertdialog');
  }

  dismiss(): Promise<void> {
    return this.root.getByRole('button', { name: 'OK', exact: true }).click();
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "The file changed on disk": asked instead of overwriting what another program wrote. */
export class ConflictPrompt {
  readonly root: Locator;

  constructor(page: Page) {
    this.root = page.getByRole('alertdialog', { name: 'The file changed on disk' });
  }

  cancel(): Promise<void> {
    return this.root.getByRole('button', { name: 'Cancel', exact: true }).click();
  }

  overwrite(): Promise<void> {
    return this.root.getByRole('button', { name: 'Overwrite', exact: true }).click();
  }
}

/** "Recover unsaved work?", offered at start when an earlier session left autosaved drafts. */
export class RecoveryPrompt {
  readonly root: Locator;

  constructor(page: Page) {
    this.root = page.getByRole('dialog', { name: 'Recover unsaved work?' });
  }

  /** Restores the draft of the workshop titled `title`. */
  restore(title: string): Promise<void> {
    return this.root
      .getByRole('button', { name: `Restore unsaved work “${title}”`, exact: true })
      .click();
  }
}

/** A yes/no question before something that cannot be undone (e.g. "Replace “q3.tradeoff”?"). */
export class ConfirmPrompt {
  readonly root: Locator;

  constructor(page: Page, title: string | RegExp) {
    this.root = page.getByRole('alertdialog', { name: title });
  }

  /** Answers yes with the dialog's own wording for it, e.g. `Replace`. */
  confirm(label: string): Promise<void> {
    return this.root.getByRole('button', { name: label, exact: true }).click();
  }

  cancel(): Promise<void> {
    return this.root.getByRole('button', { name: 'Cancel', exact: true }).click();
  }
}
