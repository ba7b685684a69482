import { TOKEN_FRAGMENT_KEY, TOKEN_STORAGE_KEY } from '../../shared/ipc/http';

export interface TokenPlace {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState' | 'state'>;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
}

/**
 * The browser host hands its page a per-run secret in the URL fragment (never sent to a server).
 * Move it to sessionStorage, so a reload keeps working, and strip it from the address bar so it
 * does not end up in a screenshot, a bookmark or the history.
 */
export function takeToken({ location, history, storage }: TokenPlace): string | null {
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  const fromUrl = fragment.get(TOKEN_FRAGMENT_KEY);
  if (fromUrl) {
    storage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    fragment.delete(TOKEN_FRAGMENT_KEY);
    const rest = fragment.toString();
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`,
    );
    return fromUrl;
  }
  return storage.getItem(TOKEN_STORAGE_KEY);
}
