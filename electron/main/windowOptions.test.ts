import { describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import {
  createAppWindow,
  MIN_WINDOW_SIZE,
  WINDOW_BACKGROUND,
  type WindowOptionsInput,
  windowBackground,
} from './windowOptions';

const input: WindowOptionsInput = {
  preloadPath: '/app/dist/electron/preload.cjs',
  bounds: { x: 10, y: 20, width: 1280, height: 820 },
  backgroundColor: '#111827',
  isDev: false,
};

/** Stands in for BrowserWindow and keeps the options it was given. */
class RecordingWindow {
  constructor(readonly options: BrowserWindowConstructorOptions) {}
}

function createWindowOptions(overrides: Partial<WindowOptionsInput> = {}) {
  return createAppWindow(RecordingWindow, { ...input, ...overrides }).options;
}

describe('createAppWindow', () => {
  it('isolates and sandboxes the renderer, without Node', () => {
    const prefs = createWindowOptions().webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps web security on and every way to remote or experimental content off', () => {
    const prefs = createWindowOptions().webPreferences;
    expect(prefs).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('loads the bundled preload and nothing else', () => {
    expect(createWindowOptions().webPreferences?.preload).toBe(input.preloadPath);
  });

  it('allows DevTools only in development', () => {
    expect(createWindowOptions().webPreferences?.devTools).toBe(false);
    expect(createWindowOptions({ isDev: true }).webPreferences?.devTools).toBe(true);
  });

  it('opens hidden at the restored bounds, no smaller than the minimum', () => {
    const options = createWindowOptions();
    expect(options).toMatchObject({ x: 10, y: 20, width: 1280, height: 820, show: false });
    expect(options.minWidth).toBe(MIN_WINDOW_SIZE.width);
    expect(options.minHeight).toBe(MIN_WINDOW_SIZE.height);
    expect(options.backgroundColor).toBe('#111827');
  });

  it('sets the icon only when one is given', () => {
    expect(createWindowOptions()).not.toHaveProperty('icon');
    expect(createWindowOptions({ iconPath: '/app/icon.png' }).icon).toBe('/app/icon.png');
  });
});

describe('windowBackground', () => {
  it('follows the chosen theme, or the system when the choice is "system"', () => {
    expect(windowBackground('dark', false)).toBe(WINDOW_BACKGROUND.dark);
    expect(windowBackground('light', true)).toBe(WINDOW_BACKGROUND.light);
    expect(windowBackground('system', true)).toBe(WINDOW_BACKGROUND.dark);
    expect(windowBackground('system', false)).toBe(WINDOW_BACKGROUND.light);
  });
});
