import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  blockNavigationAway,
  blockNetworkRequest,
  createWindowOpenHandler,
  denyPermissionCheck,
  denyPermissionRequest,
  hardenSession,
  hardenWebContents,
  isAllowedRequestUrl,
  isSafeExternalUrl,
} from './contentGuards';

function navigation(url: string) {
  return { url, preventDefault: vi.fn() };
}

/** A web contents reduced to what the guards touch: events and the window-open handler. */
class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
}

describe('blockNavigationAway', () => {
  it.each([
    'https://example.com/',
    'http://127.0.0.1:8080/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://evil/index.html',
    'data:text/html,<script>alert(1)</script>',
  ])('prevents navigating to %s', (url) => {
    const event = navigation(url);
    blockNavigationAway(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('lets the app move between its own pages', () => {
    const event = navigation('app://tradeoff/index.html');
    blockNavigationAway(event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });
});

describe('window-open handler', () => {
  it('denies every window and opens https links in the browser', () => {
    const openExternal = vi.fn(() => Promise.resolve());
    const handler = createWindowOpenHandler(openExternal);
    expect(handler({ url: 'https://www.rice-scoring.example/guide' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://www.rice-scoring.example/guide');
  });

  it.each([
    'http://example.com/',
    'file:///etc/passwd',
    'app://tradeoff/index.html',
    'smb://server/share',
    'javascript:alert(1)',
    'https://user:pw@example.com/',
    'not a url',
  ])('denies %s without opening anything', (url) => {
    const openExternal = vi.fn(() => Promise.resolve());
    expect(createWindowOpenHandler(openExternal)({ url })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('survives a browser that fails to start', async () => {
    const openExternal = vi.fn(() => Promise.reject(new Error('no browser')));
    expect(createWindowOpenHandler(openExternal)({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
    await Promise.resolve();
    expect(openExternal).toHaveBeenCalledOnce();
  });

  it('treats only https without credentials as safe', () => {
    expect(isSafeExternalUrl('https://example.com/a?b#c')).toBe(true);
    expect(isSafeExternalUrl('HTTPS://EXAMPLE.COM/')).toBe(true);
    expect(isSafeExternalUrl('http://example.com/')).toBe(false);
  });
});

describe('permission handlers', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'fullscreen',
    'openExternal',
  ])('deny a %s request', (permission) => {
    const callback = vi.fn();
    denyPermissionRequest({}, permission, callback);
    expect(callback).toHaveBeenCalledWith(false);
  });

  it('answer every permission check with no', () => {
    expect(denyPermissionCheck()).toBe(false);
  });
});

describe('network filter', () => {
  it.each([
    ['app://tradeoff/assets/index.js', true],
    ['devtools://devtools/bundled/devtools_app.html', true],
    ['data:image/png;base64,AAAA', true],
    ['blob:app://tradeoff/5b1c', true],
    ['https://fonts.googleapis.com/css', false],
    ['http://127.0.0.1:3000/', false],
    ['ws://localhost:5173/', false],
    ['file:///etc/passwd', false],
    ['app://elsewhere/x.js', false],
    ['chrome-extension://abc/x.js', false],
    ['garbage', false],
  ])('%s allowed: %s', (url, allowed) => {
    expect(isAllowedRequestUrl(url)).toBe(allowed);
    const callback = vi.fn();
    blockNetworkRequest({ url }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: !allowed });
  });
});

describe('hardenWebContents', () => {
  function hardened() {
    const contents = new FakeWebContents();
    const openExternal = vi.fn(() => Promise.resolve());
    hardenWebContents(contents as unknown as WebContents, { openExternal });
    return { contents, openExternal };
  }

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    'blocks %s to a remote page',
    (eventName) => {
      const { contents } = hardened();
      const event = navigation('https://evil.example/');
      contents.emit(eventName, event);
      expect(event.preventDefault).toHaveBeenCalledOnce();
    },
  );

  it('refuses to attach a webview', () => {
    const { contents } = hardened();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('installs the deny-all window-open handler', () => {
    const { contents, openExternal } = hardened();
    expect(contents.windowOpenHandler?.({ url: 'app://tradeoff/index.html' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
    expect(openExternal).toHaveBeenCalledOnce();
  });
});

describe('hardenSession', () => {
  it('installs the deny-all permission handlers and the network filter', () => {
    const session = {
      setSpellCheckerEnabled: vi.fn(),
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
    };
    hardenSession(session as unknown as Session);
    expect(session.setPermissionRequestHandler).toHaveBeenCalledWith(denyPermissionRequest);
    expect(session.setPermissionCheckHandler).toHaveBeenCalledWith(denyPermissionCheck);
    expect(session.setDevicePermissionHandler).toHaveBeenCalledWith(denyPermissionCheck);
    expect(session.webRequest.onBeforeRequest).toHaveBeenCalledWith(blockNetworkRequest);
  });

  it('turns the spell checker off, so no dictionary is ever downloaded', () => {
    const session = {
      setSpellCheckerEnabled: vi.fn(),
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
    };
    hardenSession(session as unknown as Session);
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
  });
});
