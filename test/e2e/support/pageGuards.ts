import type { BrowserContext, Page } from '@playwright/test';

/**
 * What every end-to-end test asserts about the page besides its own steps (STYLE §11, issue 2):
 * no request leaves the host's origin, no console error, no uncaught exception. Requests to
 * other origins are also blocked, so a failing test never reaches the network.
 */

export function isHostUrl(url: string, hostOrigin: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // data: URLs never touch the network; blob: URLs carry their creator's origin, checked below.
  if (parsed.protocol === 'data:') return true;
  return parsed.origin === hostOrigin;
}

export class PageGuards {
  private readonly offOrigin = new Set<string>();
  private readonly errors: string[] = [];
  private readonly expected: RegExp[] = [];

  constructor(private readonly hostOrigin: () => string) {}

  /** Declares a console error or exception this test provokes on purpose. */
  expectError(pattern: RegExp): void {
    this.expected.push(pattern);
  }

  async watch(context: BrowserContext, page: Page): Promise<void> {
    await context.route(
      (url) => !isHostUrl(url.href, this.hostOrigin()),
      async (route) => {
        this.offOrigin.add(`${route.request().method()} ${route.request().url()}`);
        await route.abort('blockedbyclient');
      },
    );
    // Route handlers see HTTP(S) only; this catches anything else a page might try.
    context.on('request', (request) => {
      if (!isHostUrl(request.url(), this.hostOrigin())) {
        this.offOrigin.add(`${request.method()} ${request.url()}`);
      }
    });
    this.watchPage(page);
  }

  /**
   * Watches one more page of a context already watched, e.g. the page a test opens after closing
   * the first one to simulate a crash.
   */
  watchPage(page: Page): void {
    page.on('websocket', (socket) => this.offOrigin.add(`WebSocket ${socket.url()}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const { url, lineNumber } = message.location();
      this.errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
    });
    page.on('pageerror', (error) => this.errors.push(`uncaught: ${error.stack ?? error.message}`));
  }

  /** Everything that should fail the test, one line each; empty when the page behaved. */
  violations(): string[] {
    const unexpected = this.errors.filter((e) => !this.expected.some((p) => p.test(e)));
    return [
      ...[...this.offOrigin].map((r) => `request outside ${this.hostOrigin()}: ${r}`),
      ...unexpected,
    ];
  }
}
