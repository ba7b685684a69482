import { describe, expect, it, vi } from 'vitest';
import { TOKEN_STORAGE_KEY } from '../../shared/ipc/http';
import { takeToken } from './token';

function place(hash: string, stored: string | null = null) {
  const storage = new Map<string, string>(stored ? [[TOKEN_STORAGE_KEY, stored]] : []);
  const replaceState = vi.fn();
  return {
    storage,
    replaceState,
    place: {
      location: { hash, pathname: '/', search: '?x=1' },
      history: { replaceState, state: null },
      storage: {
        getItem: (k: string) => storage.get(k) ?? null,
        setItem: (k: string, v: string) => void storage.set(k, v),
      },
    },
  };
}

describe('takeToken', () => {
  it('moves the token from the fragment to sessionStorage and strips it from the address', () => {
    const { place: p, storage, replaceState } = place('#token=s3cret-Token_1');
    expect(takeToken(p)).toBe('s3cret-Token_1');
    expect(storage.get(TOKEN_STORAGE_KEY)).toBe('s3cret-Token_1');
    expect(replaceState).toHaveBeenCalledWith(null, '', '/?x=1');
  });

  it('keeps other fragment parameters when stripping the token', () => {
    const { place: p, replaceState } = place('#token=abc&view=roadmap');
    takeToken(p);
    expect(replaceState).toHaveBeenCalledWith(null, '', '/?x=1#view=roadmap');
  });

  it('uses the stored token after a reload, when the fragment is gone', () => {
    const { place: p, replaceState } = place('', 'from-before');
    expect(takeToken(p)).toBe('from-before');
    expect(replaceState).not.toHaveBeenCalled();
  });

  it('prefers a new token in the fragment over an old stored one', () => {
    const { place: p, storage } = place('#token=new', 'old');
    expect(takeToken(p)).toBe('new');
    expect(storage.get(TOKEN_STORAGE_KEY)).toBe('new');
  });

  it('answers null when the page has no token anywhere', () => {
    expect(takeToken(place('').place)).toBeNull();
  });
});
