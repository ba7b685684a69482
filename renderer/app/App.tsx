import { useEffect, useMemo } from 'react';
import { useAutosave } from '../features/recovery/useAutosave';
import { createCommandRunner } from '../features/shell/commandRunner';
import { startApp } from '../features/shell/startup';
import { useHostEvents } from '../features/shell/useHostEvents';
import { useShortcuts } from '../features/shell/useShortcuts';
import { useWindowState } from '../features/shell/useWindowState';
import { AppFrame } from './AppFrame';
import { DialogHost } from './DialogHost';
import type { AppServices } from './services';
import { ServicesProvider, useServices, useUi } from './ServicesContext';
import { useAppliedTheme } from './theme';
import './theme.css';

/** StrictMode runs effects twice in development; the host is asked once per app. */
const started = new WeakSet<AppServices>();

export function App({ services }: { services: AppServices }) {
  return (
    <ServicesProvider services={services}>
      <AppRoot />
    </ServicesProvider>
  );
}

function AppRoot() {
  const services = useServices();
  const host = useUi((s) => s.host);
  const startupError = useUi((s) => s.startupError);
  useAppliedTheme(useUi((s) => s.theme));

  useEffect(() => {
    if (started.has(services)) return;
    started.add(services);
    void startApp(services);
  }, [services]);

  if (startupError) {
    return (
      <main className="app-start-error" role="alert">
        <h1>Tradeoff could not start</h1>
        <p>{startupError}</p>
        <button
          type="button"
          className="button button--primary"
          onClick={() => void startApp(services)}
        >
          Try again
        </button>
      </main>
    );
  }
  if (!host) {
    return (
      <p className="app-loading" role="status">
        Starting Tradeoff…
      </p>
    );
  }
  return <Shell />;
}

function Shell() {
  const services = useServices();
  const run = useMemo(() => createCommandRunner(services), [services]);
  useShortcuts(run);
  useHostEvents(run);
  useWindowState();
  useAutosave();
  return (
    <>
      <AppFrame run={run} />
      <DialogHost />
    </>
  );
}
