import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The dev server injects styles and React Refresh's preamble inline, which the page's CSP meta
 * tag forbids. Only the development server drops the tag; every build keeps it.
 */
function devServerWithoutCsp(): Plugin {
  return {
    name: 'tradeoff:dev-server-without-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace(/\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*\/>/, ''),
  };
}

export default defineConfig({
  root: 'renderer',
  // Relative asset URLs: the same build is served from `app://` in Electron and over http.
  base: './',
  plugins: [react(), devServerWithoutCsp()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // The CSP allows no inline script or style and no data: scripts: every asset is a file.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
