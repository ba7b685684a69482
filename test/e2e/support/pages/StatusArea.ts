import type { Locator, Page } from '@playwright/test';

/**
 * What the app tells the user without asking anything: the status bar (saved or not, autosave),
 * dismissible notices, and the read-only banner of a file from a newer Tradeoff.
 */
export class StatusArea {
  /** "Unsaved changes", "All changes saved", "Not saved yet", "Read-only", "Saving…". */
  readonly saveState: Locator;
  /** "Autosave on", "Autosave: recovery copy at 14:32", … */
  readonly autosave: Locator;
  readonly readOnlyBanner: Locator;
  private readonly notices: Locator;

  constructor(readonly page: Page) {
    const statusBar = page.getByRole('contentinfo');
    this.saveState = statusBar.getByRole('status');
    this.autosave = statusBar.getByText(/^Autosave/);
    this.readOnlyBanner = page.getByRole('region', { name: 'Read-only file' });
    // Notices are announced as status (info, warning) or alert (error); the status bar is not one.
    this.notices = page
      .getByRole('status')
      .or(page.getByRole('alert'))
      .filter({ has: page.getByRole('button', { name: 'Dismiss', exact: true }) });
  }

  /** Notices whose text matches `text`. */
  notice(text: string | RegExp): Locator {
    return this.notices.filter({ hasText: text });
  }

  allNotices(): Locator {
    return this.notices;
  }
}
