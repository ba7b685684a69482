import { expect, test } from './support/fixtures';
import { AppShell } from './support/pages/AppShell';
import { FileActions } from './support/pages/FileActions';
import { StatusArea } from './support/pages/StatusArea';

/**
 * Issue 2, end to end: every document edit can be undone and redone with Ctrl/Cmd+Z and
 * Ctrl/Cmd+Shift+Z and from the page's Edit menu, and undoing back to what is on disk makes the
 * workshop "saved" again. The fixture's guards also fail a test whose page left 127.0.0.1.
 */

test('Ctrl+Z and Ctrl+Shift+Z step the title back and forth through two edits', async ({
  page,
}) => {
  const shell = new AppShell(page);

  await shell.newWorkshopButton.click();
  await shell.renameWorkshop('Untitled workshop', 'Draft agenda');
  await shell.renameWorkshop('Draft agenda', 'Reliability offsite');
  await expect(shell.workshopTitle('Reliability offsite')).toBeVisible();

  await shell.undoByKeyboard();
  await expect(shell.workshopTitle('Draft agenda')).toBeVisible();
  await shell.undoByKeyboard();
  await expect(shell.workshopTitle('Untitled workshop')).toBeVisible();

  await shell.redoByKeyboard();
  await expect(shell.workshopTitle('Draft agenda')).toBeVisible();
  await shell.redoByKeyboard();
  await expect(shell.workshopTitle('Reliability offsite')).toBeVisible();
  await expect(page).toHaveTitle('• Reliability offsite — Tradeoff');
});

test('the Edit menu undoes and redoes, and offers neither when there is nothing to do', async ({
  page,
}) => {
  const shell = new AppShell(page);
  const editMenu = page.getByRole('menu', { name: 'Edit' });
  const openEditMenu = () => shell.openMenu('Edit');

  await shell.newWorkshopButton.click();
  await openEditMenu();
  await expect(editMenu.getByRole('menuitem', { name: 'Undo' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await expect(editMenu.getByRole('menuitem', { name: 'Redo' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await page.keyboard.press('Escape');
  await expect(editMenu).toBeHidden();

  await shell.renameWorkshop('Untitled workshop', 'Developer experience review');
  await shell.renameWorkshop('Developer experience review', 'DevEx review — March');

  await shell.chooseFromMenu('Edit', 'Undo');
  await expect(shell.workshopTitle('Developer experience review')).toBeVisible();
  await shell.chooseFromMenu('Edit', 'Undo');
  await expect(shell.workshopTitle('Untitled workshop')).toBeVisible();

  await openEditMenu();
  await expect(editMenu.getByRole('menuitem', { name: 'Undo' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await page.keyboard.press('Escape');

  await shell.chooseFromMenu('Edit', 'Redo');
  await expect(shell.workshopTitle('Developer experience review')).toBeVisible();
  await shell.chooseFromMenu('Edit', 'Redo');
  await expect(shell.workshopTitle('DevEx review — March')).toBeVisible();

  await openEditMenu();
  await expect(editMenu.getByRole('menuitem', { name: 'Redo' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
});

test('undoing back to the saved title removes the unsaved marker, redoing brings it back', async ({
  page,
}) => {
  const shell = new AppShell(page);
  const files = new FileActions(page);
  const status = new StatusArea(page);

  await shell.newWorkshopButton.click();
  await shell.renameWorkshop('Untitled workshop', 'Observability H1');
  await files.saveUnderName('observability');
  await expect(page).toHaveTitle('observability.tradeoff — Tradeoff');

  await shell.renameWorkshop('Observability H1', 'Observability H1 (draft 2)');
  await expect(page).toHaveTitle('• observability.tradeoff — Tradeoff');
  await expect(status.saveState).toHaveText('Unsaved changes');

  await shell.undoByKeyboard();
  await expect(shell.workshopTitle('Observability H1')).toBeVisible();
  await expect(page).toHaveTitle('observability.tradeoff — Tradeoff');
  await expect(status.saveState).toHaveText('All changes saved');

  await shell.redoByKeyboard();
  await expect(shell.workshopTitle('Observability H1 (draft 2)')).toBeVisible();
  await expect(page).toHaveTitle('• observability.tradeoff — Tradeoff');
  await expect(status.saveState).toHaveText('Unsaved changes');
});

test('an untouched new workshop is not marked unsaved, and undoing its only edit unmarks it', async ({
  page,
}) => {
  const shell = new AppShell(page);
  const status = new StatusArea(page);

  await shell.newWorkshopButton.click();
  await expect(page).toHaveTitle('Untitled workshop — Tradeoff');
  await expect(status.saveState).toHaveText('Not saved yet');

  await shell.renameWorkshop('Untitled workshop', 'Capacity planning');
  await expect(page).toHaveTitle('• Capacity planning — Tradeoff');
  await expect(status.saveState).toHaveText('Unsaved changes');

  await shell.undoByKeyboard();
  await expect(page).toHaveTitle('Untitled workshop — Tradeoff');
  await expect(status.saveState).toHaveText('Not saved yet');
});
