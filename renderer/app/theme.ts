import { useEffect, useSyncExternalStore } from 'react';
import type { Theme } from '../../shared/ipc/contract';
import { describeFailure } from '../bridge/bridgeError';
import type { AppServices } from './services';

export type ResolvedTheme = 'light' | 'dark';

const DARK_QUERY = '(prefers-color-scheme: dark)';

export function systemPrefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;
}

export function resolveTheme(preference: Theme, systemDark: boolean): ResolvedTheme {
  if (preference === 'system') return systemDark ? 'dark' : 'light';
  return preference;
}

function subscribeToSystemTheme(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Follows the system's light/dark setting unless the user chose one; sets `data-theme` on <html>. */
export function useAppliedTheme(preference: Theme): ResolvedTheme {
  const systemDark = useSyncExternalStore(subscribeToSystemTheme, systemPrefersDark, () => false);
  const resolved = resolveTheme(preference, systemDark);
  useEffect(() => {
    document.documentElement.dataset.theme = resolved;
  }, [resolved]);
  return resolved;
}

/** Stores the choice with the host so it survives a restart. */
export async function setThemePreference({ api, ui }: AppServices, theme: Theme): Promise<void> {
  const before = ui.getState().theme;
  ui.setState({ theme });
  try {
    const { preferences } = await api.prefs.set({ theme });
    ui.setState({ theme: preferences.theme });
  } catch (error) {
    ui.setState({ theme: before });
    ui.getState().notify('warning', `The theme could not be saved. ${describeFailure(error)}`);
  }
}

/** View → toggle: the opposite of what is on screen now. */
export function toggleTheme(
  services: AppServices,
  systemDark = systemPrefersDark(),
): Promise<void> {
  const shown = resolveTheme(services.ui.getState().theme, systemDark);
  return setThemePreference(services, shown === 'dark' ? 'light' : 'dark');
}
