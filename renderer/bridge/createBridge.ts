import type { Bridge } from '../../shared/ipc/api';
import { createHttpTransport, type FetchLike } from './httpTransport';
import { preloadTransport } from './preloadBridge';
import { takeToken, type TokenPlace } from './token';
import { createValidatedApi, createValidatedEvents } from './validatedApi';

export interface BridgeEnvironment extends TokenPlace {
  /** What the Electron preload exposed as `window.tradeoff` (undefined in a browser). */
  preload: unknown;
  fetch: FetchLike;
}

function currentEnvironment(): BridgeEnvironment {
  return {
    preload: Reflect.get(window, 'tradeoff'),
    location: window.location,
    history: window.history,
    storage: window.sessionStorage,
    fetch: (url, init) => window.fetch(url, init),
  };
}

/**
 * The one client the renderer uses, whichever host it runs in: the Electron preload's bridge
 * when present, otherwise the browser host over HTTP. Both go through the same validation.
 */
export function createBridge(env: BridgeEnvironment = currentEnvironment()): Bridge {
  const preload = preloadTransport(env.preload);
  if (preload) {
    return {
      ...createValidatedApi(preload.call),
      events: createValidatedEvents(preload.subscribe),
    };
  }
  const token = takeToken(env);
  return {
    ...createValidatedApi(createHttpTransport(token, env.fetch)),
    // The browser host pushes no events: there is no native menu and no window to close.
    events: createValidatedEvents(() => () => undefined),
  };
}
