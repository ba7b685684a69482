import type { AppServices } from '../../app/services';
import { describeFailure } from '../../bridge/bridgeError';
import { showRecovery } from '../file-dialogs/ask';
import { loadDrafts } from '../recovery/recoveryCommands';
import { refreshRecent } from './documentSession';

async function loadPreferences({ api, ui }: AppServices): Promise<void> {
  try {
    const { preferences, notice } = await api.prefs.get({});
    ui.setState({ theme: preferences.theme });
    // Shown once: the host hands the notice out a single time.
    if (notice) ui.getState().notify('warning', notice);
  } catch (error) {
    ui.getState().notify(
      'warning',
      `Preferences could not be read; using defaults. ${describeFailure(error)}`,
    );
  }
}

async function offerRecovery(services: AppServices): Promise<void> {
  try {
    const drafts = await loadDrafts(services);
    if (drafts.length > 0 && services.ui.getState().dialog === null) void showRecovery(services.ui);
  } catch (error) {
    services.ui
      .getState()
      .notify(
        'warning',
        `Tradeoff could not look for unsaved work from last time. ${describeFailure(error)}`,
      );
  }
}

/**
 * Asks the host who it is, then loads preferences, recent files and recovery drafts. Without
 * `app:info` nothing else can work, so its failure is shown in place of the app (never a blank
 * screen) with a way to try again.
 */
export async function startApp(services: AppServices): Promise<void> {
  const { api, ui } = services;
  ui.setState({ startupError: null });
  try {
    const host = await api.app.info({});
    ui.setState({ host });
  } catch (error) {
    ui.setState({ startupError: describeFailure(error) });
    return;
  }
  await Promise.all([loadPreferences(services), refreshRecent(services), offerRecovery(services)]);
}
