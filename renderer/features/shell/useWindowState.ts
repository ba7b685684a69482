import { useEffect } from 'react';
import { useDirty, useDocument, useServices, useUi } from '../../app/ServicesContext';
import { describeFailure } from '../../bridge/bridgeError';

/** `• Q3 planning.tradeoff — Tradeoff`: the file (or workshop) name with an unsaved marker. */
export function windowTitle(name: string | null, dirty: boolean): string {
  if (name === null) return 'Tradeoff';
  return `${dirty ? '• ' : ''}${name} — Tradeoff`;
}

/**
 * Keeps the window in step with the document: its title, the host's knowledge of unsaved changes
 * (Electron asks before closing), and the browser's own "leave page?" check in the browser host.
 */
export function useWindowState(): void {
  const { api, ui } = useServices();
  const dirty = useDirty();
  const title = useDocument((s) => s.doc?.meta.title ?? null);
  const fileName = useUi((s) => s.session.file?.name ?? null);
  const hostKind = useUi((s) => s.host?.host);

  const shown = windowTitle(fileName ?? title, dirty);
  useEffect(() => {
    document.title = shown;
  }, [shown]);

  useEffect(() => {
    api.window.setDirty({ dirty }).catch((error: unknown) => {
      ui.getState().notify('warning', describeFailure(error));
    });
  }, [api, ui, dirty]);

  useEffect(() => {
    if (hostKind !== 'browser' || !dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium needs a returnValue to show its prompt.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [hostKind, dirty]);
}
