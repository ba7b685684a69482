import { useEffect } from 'react';
import { useServices } from '../../app/ServicesContext';
import type { RunCommand } from './commandRunner';

/** The native menu's commands and the window's close button (Electron; the browser host sends none). */
export function useHostEvents(run: RunCommand): void {
  const { api } = useServices();
  useEffect(() => {
    const offMenu = api.events.onMenuCommand(({ command, recentFileId }) => {
      void run({ command, source: 'host', recentFileId });
    });
    const offClose = api.events.onWindowCloseRequested(() => {
      void run({ command: 'closeWindow', source: 'host' });
    });
    return () => {
      offMenu();
      offClose();
    };
  }, [api, run]);
}
