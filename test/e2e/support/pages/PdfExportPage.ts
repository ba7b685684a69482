import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { AppShell } from './AppShell';

/**
 * File → Export PDF… as a facilitator does it in the browser host: the menu item, then the
 * in-app "Export roadmap PDF" dialog over the workshop folder; and the PDF page size, a
 * preference chosen in the same menu.
 */
export class PdfExportPage {
  readonly dialog: Locator;
  private readonly shell: AppShell;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.dialog = page.getByRole('dialog', { name: 'Export roadmap PDF' });
  }

  /** Opens the export dialog from the File menu. */
  async start(): Promise<void> {
    await this.shell.chooseFromMenu('File', 'Export PDF…');
    await expect(this.dialog).toBeVisible();
  }

  fileNameField(): Locator {
    return this.dialog.getByRole('textbox', { name: 'File name' });
  }

  /** Types `fileName` in the open dialog and saves; the dialog closes at once. */
  async saveAs(fileName: string): Promise<void> {
    await this.fileNameField().fill(fileName);
    await this.dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** The whole gesture: File → Export PDF…, a name, Save. */
  async exportAs(fileName: string): Promise<void> {
    await this.start();
    await this.saveAs(fileName);
  }

  /** File → "A4 landscape" or "Letter landscape". */
  async choosePageSize(size: 'A4 landscape' | 'Letter landscape'): Promise<void> {
    await this.shell.chooseFromMenu('File', size);
  }
}
