import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { AppShell } from './AppShell';
import { FileDialog } from './Dialogs';

/** How long one press is given to show its effect before a person would press again. */
const SHORT_WAIT_MS = 1_000;

/**
 * A facilitator's file gestures (issue 2, "Open / save / save as / recent files"), each done the
 * way a person does it: a button, a menu item or a shortcut, then the in-app file dialog the
 * browser host shows. Each waits until the user would see that the gesture finished.
 */
export class FileActions {
  private readonly shell: AppShell;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
  }

  /** The first save of a workshop: Save opens "Save workshop as"; type a name and save. */
  async saveUnderName(fileName: string): Promise<void> {
    await this.shell.saveButton.click();
    await this.completeSaveAs(fileName);
  }

  /** Answers an open "Save workshop as" dialog with `fileName` and waits for it to close. */
  async completeSaveAs(fileName: string): Promise<void> {
    const dialog = new FileDialog(this.page, 'save');
    await dialog.saveAs(fileName);
    await expect(dialog.root).toBeHidden();
  }

  /** Ctrl+S (⌘S on macOS), once: for a test that checks what one press does. */
  async pressSave(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+s');
  }

  /**
   * Ctrl+S on a workshop that already has a file, until the window title shows no unsaved
   * marker: the file was saved. (A first save opens "Save workshop as": use `saveUnderName`.)
   */
  async saveByKeyboard(): Promise<void> {
    await this.pressUntil('ControlOrMeta+s', async () => {
      await expect(this.page).not.toHaveTitle(/^• /, { timeout: SHORT_WAIT_MS });
    });
  }

  /** Ctrl+O, then picks `fileName` in the "Open a workshop" dialog. */
  async openByKeyboard(fileName: string): Promise<void> {
    const dialog = new FileDialog(this.page, 'open');
    await this.pressUntil('ControlOrMeta+o', async () => {
      await expect(dialog.root).toBeVisible({ timeout: SHORT_WAIT_MS });
    });
    await this.pickInOpenDialog(fileName);
  }

  /**
   * Presses `keys` until `outcome` holds, as a person presses again when nothing happened. The
   * app drops a command that arrives while the previous one is still finishing after its result
   * is already on screen (see "a shortcut pressed right after a file opened" in
   * workshop-files.spec.ts); journeys should not fail on that, the dedicated test does.
   */
  async pressUntil(keys: string, outcome: () => Promise<void>): Promise<void> {
    await expect(async () => {
      await this.page.keyboard.press(keys);
      await outcome();
    }).toPass({ timeout: 10_000 });
  }

  /** The start screen's Open… button, then `fileName` in the "Open a workshop" dialog. */
  async openFromStartScreen(fileName: string): Promise<void> {
    await this.shell.openButton.click();
    await this.pickInOpenDialog(fileName);
  }

  /** Picks `fileName` in the open "Open a workshop" dialog and waits for it to close. */
  async pickInOpenDialog(fileName: string): Promise<void> {
    const dialog = new FileDialog(this.page, 'open');
    await dialog.open(fileName);
    await expect(dialog.root).toBeHidden();
  }

  async openRecentFromStartScreen(fileName: string): Promise<void> {
    await this.shell.recentWorkshop(fileName).click();
  }

  /** File → New workshop. */
  newFromMenu(): Promise<void> {
    return this.shell.chooseFromMenu('File', 'New workshop');
  }

  /** File → Open… (answer a prompt, then the dialog, separately). */
  openFromMenu(): Promise<void> {
    return this.shell.chooseFromMenu('File', 'Open…');
  }

  /** File → Close. */
  closeFromMenu(): Promise<void> {
    return this.shell.chooseFromMenu('File', 'Close');
  }
}
