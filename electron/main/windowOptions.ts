import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowOptionsInput {
  /** Absolute path of the bundled preload (`dist/electron/preload.cjs`). */
  preloadPath: string;
  /** Position and size from `restoreBounds`. */
  bounds: { x?: number; y?: number; width: number; height: number };
  /** Window icon (Linux and Windows; macOS takes the bundle's). */
  iconPath?: string;
  /** Painted before the renderer's first frame, so a dark theme does not flash white. */
  backgroundColor: string;
  /** DevTools only in development builds. */
  isDev: boolean;
}

export const MIN_WINDOW_SIZE = { width: 900, height: 600 } as const;

export type WindowConstructor<W> = new (options: BrowserWindowConstructorOptions) => W;

/**
 * Creates the app window. The renderer runs as an untrusted web page: isolated, sandboxed,
 * without Node, with web security on and nothing that could load or run remote content
 * (issue 2, "Security, built in"). The options are written out in the `new BrowserWindow`
 * call itself so that electronegativity, which reads only that call, checks them too; the
 * constructor is a parameter so tests can read them back.
 */
export function createAppWindow<W>(
  BrowserWindow: WindowConstructor<W>,
  input: WindowOptionsInput,
): W {
  return new BrowserWindow({
    ...input.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Tradeoff',
    // Shown on `ready-to-show`, so the user never sees an empty frame.
    show: false,
    backgroundColor: input.backgroundColor,
    ...(input.iconPath === undefined ? {} : { icon: input.iconPath }),
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // A middle click must not be a way around the window-open handler.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      safeDialogs: true,
      devTools: input.isDev,
    },
  });
}

/** The renderer's `--bg` for each theme (renderer/app/theme.css), painted before it loads. */
export const WINDOW_BACKGROUND = { light: '#f4f6f9', dark: '#0f1115' } as const;

export function windowBackground(
  theme: 'system' | 'light' | 'dark',
  systemIsDark: boolean,
): string {
  const dark = theme === 'dark' || (theme === 'system' && systemIsDark);
  return dark ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light;
}
