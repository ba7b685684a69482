import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, openApp, restartApp, test } from './support/fixtures';
import type { TestHost } from './support/fixtures';
import { AppShell } from './support/pages/AppShell';
import { StatusArea } from './support/pages/StatusArea';

/**
 * Issue 2, end to end: preferences persist in a JSON file in the browser host's user data; a
 * corrupt one is moved aside, defaults are used and the user is told once — the app still
 * starts. The theme the user picks survives a restart. The fixture's guards also fail a test
 * whose page left 127.0.0.1.
 */

const CORRUPT_PREFERENCES = '{ "theme": "dark", "recentFiles": [ { "path": ';

async function userDataFiles(host: TestHost): Promise<string[]> {
  return (await readdir(host.userDataDir)).sort();
}

async function storedTheme(host: TestHost): Promise<unknown> {
  try {
    const stored: unknown = JSON.parse(
      await readFile(path.join(host.userDataDir, 'preferences.json'), 'utf8'),
    );
    return typeof stored === 'object' && stored !== null && 'theme' in stored
      ? stored.theme
      : undefined;
  } catch {
    return undefined;
  }
}

test.describe('a corrupt preferences file', () => {
  test.use({ userDataFiles: { 'preferences.json': CORRUPT_PREFERENCES } });

  test('is moved aside and the user is told once; the app starts with defaults', async ({
    page,
    host,
  }) => {
    const shell = new AppShell(page);
    const status = new StatusArea(page);
    const notice = status.notice(/Your preferences file was damaged/);

    await expect(notice).toBeVisible();
    await expect(notice).toContainText('started with default settings');
    await expect(notice).toContainText('preferences.json.corrupt-');
    await expect(shell.newWorkshopButton).toBeEnabled();

    const files = await userDataFiles(host);
    const aside = files.find((name) => name.startsWith('preferences.json.corrupt-'));
    expect(aside).toBeDefined();
    expect(await readFile(path.join(host.userDataDir, aside ?? ''), 'utf8')).toBe(
      CORRUPT_PREFERENCES,
    );
    const inPlace = await readFile(path.join(host.userDataDir, 'preferences.json'), 'utf8').catch(
      () => null,
    );
    expect(inPlace).not.toBe(CORRUPT_PREFERENCES);

    // The app works on defaults: a workshop can be started.
    await shell.newWorkshopButton.click();
    await expect(shell.workshopTitle('Untitled workshop')).toBeVisible();

    // Told once: neither loading the page again nor restarting the app repeats it.
    await openApp(page, host);
    await expect(shell.newWorkshopButton).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expect(status.allNotices()).toHaveCount(0);

    await restartApp(page, host);
    await expect(shell.newWorkshopButton).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expect(status.allNotices()).toHaveCount(0);
  });
});

test('the theme chosen in the View menu persists across a restart', async ({ page, host }) => {
  // The system says light, so a dark page can only come from the user's choice.
  await page.emulateMedia({ colorScheme: 'light' });
  const shell = new AppShell(page);
  const root = page.locator('html');
  await expect(root).toHaveAttribute('data-theme', 'light');
  const lightBackground = await page.evaluate(
    () => getComputedStyle(document.body).backgroundColor,
  );

  await shell.chooseFromMenu('View', 'Toggle dark theme');
  await expect(root).toHaveAttribute('data-theme', 'dark');
  const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(darkBackground).not.toBe(lightBackground);
  await expect.poll(() => storedTheme(host)).toBe('dark');

  await restartApp(page, host);
  await expect(shell.newWorkshopButton).toBeVisible();
  await expect(root).toHaveAttribute('data-theme', 'dark');

  // And back: the choice is the user's both ways.
  await shell.chooseFromMenu('View', 'Toggle dark theme');
  await expect(root).toHaveAttribute('data-theme', 'light');
  await expect.poll(() => storedTheme(host)).toBe('light');
  await restartApp(page, host);
  await expect(shell.newWorkshopButton).toBeVisible();
  await expect(root).toHaveAttribute('data-theme', 'light');
});
