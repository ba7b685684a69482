import { z } from 'zod';
import { expect, test } from './support/fixtures';
import { AppShell } from './support/pages/AppShell';
import { ConfirmPrompt, ErrorDialog, FileDialog } from './support/pages/Dialogs';
import { FileActions } from './support/pages/FileActions';
import { StatusArea } from './support/pages/StatusArea';
import { workshopDocument } from './support/workshopFiles';

/**
 * Issue 2, end to end: a damaged, truncated, non-JSON or foreign file gets a clear message naming
 * the problem (and, for schema errors, the path of the first bad field); the app stays usable
 * and nothing on disk changes. A file from a newer version opens read-only with a message naming
 * both versions, and Save is refused. Files come from test/fixtures/workshops/ (its README says
 * what each one is). The fixture's guards also fail a test whose page left 127.0.0.1.
 */

/** What a saved copy must declare; the full file schema has its own tests. */
const CopySchema = z.object({
  format: z.string(),
  schemaVersion: z.number(),
  workshop: z.object({ meta: z.object({ title: z.string() }) }),
});

const CURRENT_FILE = 'current.tradeoff';
const CURRENT_TITLE = 'Storage team H2';

interface DamagedCase {
  fixture: string;
  /** What the message must say, beyond naming the file. */
  says: RegExp;
  fieldPath?: string;
}

const DAMAGED: DamagedCase[] = [
  { fixture: 'truncated.tradeoff', says: /ends early: the workshop in it was cut off/ },
  { fixture: 'not-json.tradeoff', says: /is not a Tradeoff workshop: its content is not JSON/ },
  {
    fixture: 'foreign.tradeoff',
    says: /is not a Tradeoff workshop: it holds JSON, but not the "format": "tradeoff"/,
  },
  {
    fixture: 'bad-field.tradeoff',
    says: /has a problem at workshop\.items\[3\]\.rice\.effort: it should be greater than 0/,
    fieldPath: 'workshop.items[3].rice.effort',
  },
  { fixture: 'empty.tradeoff', says: /is empty/ },
  {
    fixture: 'newer-unreadable.tradeoff',
    says: /file format version 3; this Tradeoff reads versions up to 1 and cannot show it/,
  },
];

for (const { fixture, says, fieldPath } of DAMAGED) {
  test(`opening ${fixture} explains the problem, keeps the open workshop and leaves the file alone`, async ({
    page,
    workshop,
  }) => {
    const shell = new AppShell(page);
    const files = new FileActions(page);
    const status = new StatusArea(page);
    await workshop.write(
      CURRENT_FILE,
      workshopDocument((doc) => {
        doc.meta.title = CURRENT_TITLE;
      }),
    );
    await workshop.copyFixture(fixture);
    const bytesBefore = await workshop.readBytes(fixture);
    const folderBefore = await workshop.list();

    await files.openFromStartScreen(CURRENT_FILE);
    await expect(shell.workshopTitle(CURRENT_TITLE)).toBeVisible();

    await files.openByKeyboard(fixture);
    const error = new ErrorDialog(page);
    await expect(error.root).toHaveAccessibleName('Could not open the file');
    await expect(error.root).toContainText(`“${fixture}”`);
    await expect(error.root).toContainText(says);
    await expect(error.root).toContainText('Nothing on disk was changed.');
    if (fieldPath) await expect(error.root).toContainText(`First problem at: ${fieldPath}`);
    await error.dismiss();
    await expect(error.root).toBeHidden();

    // The workshop that was open is still there, unchanged and editable.
    await expect(shell.workshopTitle(CURRENT_TITLE)).toBeVisible();
    await expect(page).toHaveTitle(`${CURRENT_FILE} — Tradeoff`);
    await shell.renameWorkshop(CURRENT_TITLE, `${CURRENT_TITLE} (edited)`);
    await expect(shell.workshopTitle(`${CURRENT_TITLE} (edited)`)).toBeVisible();
    await expect(status.saveState).toHaveText('Unsaved changes');

    expect((await workshop.readBytes(fixture)).equals(bytesBefore)).toBe(true);
    expect(await workshop.list()).toEqual(folderBefore);
  });
}

test.describe('a file from a newer Tradeoff', () => {
  const fixture = 'newer-readable.tradeoff';
  const title = 'Platform team — H1 2026 planning';

  test('opens read-only with a banner naming both versions, and Save is refused', async ({
    page,
    workshop,
  }) => {
    const shell = new AppShell(page);
    const files = new FileActions(page);
    const status = new StatusArea(page);
    await workshop.copyFixture(fixture);
    const bytesBefore = await workshop.readBytes(fixture);

    await files.openFromStartScreen(fixture);

    await expect(shell.workshopTitle(title)).toBeVisible();
    await expect(status.readOnlyBanner).toContainText('file format version 2');
    await expect(status.readOnlyBanner).toContainText('reads versions up to 1');
    await expect(status.saveState).toHaveText('Read-only');
    await expect(shell.saveButton).toBeDisabled();
    const fileMenu = await shell.openMenu('File');
    await expect(fileMenu.getByRole('menuitem', { name: 'Save', exact: true })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await page.keyboard.press('Escape');
    await expect(fileMenu).toBeHidden();

    // The shortcut does not save over the file: it offers a copy, which the user declines.
    const copy = new ConfirmPrompt(page, 'Save a copy with this version?');
    await files.pressUntil('ControlOrMeta+s', async () => {
      await expect(copy.root).toBeVisible({ timeout: 1_000 });
    });
    await expect(copy.root).toContainText(fixture);
    await copy.cancel();
    await expect(copy.root).toBeHidden();
    await expect(status.readOnlyBanner).toBeVisible();

    expect((await workshop.readBytes(fixture)).equals(bytesBefore)).toBe(true);
    expect(await workshop.list()).toEqual([fixture]);
  });

  test('Save as… writes a copy in this version’s format and never replaces the original', async ({
    page,
    workshop,
  }) => {
    const shell = new AppShell(page);
    const files = new FileActions(page);
    const status = new StatusArea(page);
    const copy = new ConfirmPrompt(page, 'Save a copy with this version?');
    const saveDialog = new FileDialog(page, 'save');
    await workshop.copyFixture(fixture);
    const bytesBefore = await workshop.readBytes(fixture);
    await files.openFromStartScreen(fixture);
    await shell.renameWorkshop(title, `${title} (v1 copy)`);

    // Keeping the suggested name and confirming Replace still does not overwrite the newer file.
    await shell.chooseFromMenu('File', 'Save as…');
    await copy.confirm('Save a copy…');
    await expect(saveDialog.root.getByRole('textbox', { name: 'File name' })).toHaveValue(fixture);
    await saveDialog.root.getByRole('button', { name: 'Save', exact: true }).click();
    await new ConfirmPrompt(page, `Replace “${fixture}”?`).confirm('Replace');
    const refusal = new ErrorDialog(page);
    await expect(refusal.root).toHaveAccessibleName('Could not save');
    await expect(refusal.root).toContainText('newer Tradeoff');
    await refusal.dismiss();
    expect((await workshop.readBytes(fixture)).equals(bytesBefore)).toBe(true);

    await shell.chooseFromMenu('File', 'Save as…');
    await copy.confirm('Save a copy…');
    await files.completeSaveAs('platform-v1-copy');

    await expect(page).toHaveTitle('platform-v1-copy.tradeoff — Tradeoff');
    await expect(status.saveState).toHaveText('All changes saved');
    await expect(status.readOnlyBanner).toBeHidden();
    const saved = CopySchema.parse(JSON.parse(await workshop.read('platform-v1-copy.tradeoff')));
    expect(saved).toMatchObject({
      format: 'tradeoff',
      schemaVersion: 1,
      workshop: { meta: { title: `${title} (v1 copy)` } },
    });
    expect((await workshop.readBytes(fixture)).equals(bytesBefore)).toBe(true);
  });
});
