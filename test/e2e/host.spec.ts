import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { CONTENT_SECURITY_POLICY } from '../../electron/services/appContent';
import { startBrowserHost } from '../../electron/host/server';
import { TOKEN_HEADER } from '../../shared/ipc/http';
import { countingHandlers } from './support/countingHandlers';
import { expect, openApp, test } from './support/fixtures';

/**
 * The browser host's defences seen from a real Chromium (issue 2): another web page on this
 * machine cannot use the API, a request without the token is refused, a page reached through a
 * foreign host name (DNS rebinding) gets nothing, and the app's page carries the strict CSP.
 */

const SPEC_TOKEN = 'spec-token-0123456789abcdefghijklmnopqrstuvwxyz';

/** A host over a one-file renderer with services that only count, so refusals are provable. */
async function startCountingHost() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tradeoff-host-spec-'));
  const rendererDir = path.join(dir, 'renderer');
  await mkdir(rendererDir);
  await writeFile(
    path.join(rendererDir, 'index.html'),
    '<!doctype html><title>Host</title><p>host</p>',
  );
  const { handlers, calls } = countingHandlers();
  const host = await startBrowserHost({
    rendererDir,
    userDataDir: path.join(dir, 'userData'),
    workshopDir: path.join(dir, 'workshop'),
    token: SPEC_TOKEN,
    handlers,
  });
  return {
    host,
    calls,
    async stop() {
      await host.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Another site on the same machine: a second server on 127.0.0.1, so another origin. */
async function startForeignSite(): Promise<{ origin: string; stop(): Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>Somebody else</title><p>another site</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

test.describe('a page from another origin', () => {
  let counting: Awaited<ReturnType<typeof startCountingHost>>;
  let foreign: Awaited<ReturnType<typeof startForeignSite>>;
  let api: string;

  test.beforeEach(async () => {
    counting = await startCountingHost();
    foreign = await startForeignSite();
    api = `${counting.host.origin}/api/app:info`;
  });

  test.afterEach(async () => {
    await counting.stop();
    await foreign.stop();
  });

  test('cannot call the API, even holding the token', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(foreign.origin);

    const outcomes = await page.evaluate(
      async ({ api, header, token }) => {
        const attempt = async (init: RequestInit) => {
          try {
            const response = await fetch(api, { method: 'POST', ...init });
            return response.type === 'opaque' ? 'opaque' : `status ${response.status}`;
          } catch {
            return 'failed';
          }
        };
        return {
          // A CORS request: the preflight gets 405 and no CORS headers, so it never goes out.
          json: await attempt({
            headers: { 'content-type': 'application/json', [header]: token },
            body: '{}',
          }),
          // A "simple" request needs no preflight: it is sent, the host refuses it on its Origin,
          // and Cross-Origin-Resource-Policy keeps even the opaque answer from the page.
          simple: await attempt({
            mode: 'no-cors',
            headers: { 'content-type': 'text/plain' },
            body: '{}',
          }),
          // Reading the app's page to look for the token.
          read: await fetch(api.replace(/\/api\/.*/, '/')).then(
            (r) => `status ${r.status}`,
            () => 'failed',
          ),
        };
      },
      { api, header: TOKEN_HEADER, token: SPEC_TOKEN },
    );

    expect(outcomes.json).toBe('failed');
    expect(outcomes.simple).toBe('failed');
    expect(outcomes.read).toBe('failed');
    expect(counting.calls).toEqual([]);
    await context.close();
  });

  test('cannot post a form to the API', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(foreign.origin);

    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url() === api),
      page.evaluate((action) => {
        const form = document.createElement('form');
        form.method = 'POST';
        form.action = action;
        form.enctype = 'text/plain';
        const field = Object.assign(document.createElement('input'), {
          name: '{"a":"',
          value: '"}',
        });
        form.append(field);
        document.body.append(form);
        form.submit();
      }, api),
    ]);

    expect(response.status()).toBe(403);
    expect(counting.calls).toEqual([]);
    await context.close();
  });

  test('reached through a foreign host name (DNS rebinding) gets nothing', async () => {
    // The browser resolves evil.test to 127.0.0.1, as a rebinding attacker's DNS would.
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP evil.test 127.0.0.1'],
    });
    try {
      const page = await browser.newPage();
      const evil = `http://evil.test:${counting.host.port}`;
      const response = await page.goto(`${evil}/`);
      expect(response?.status()).toBe(403);

      // Same-origin from the attacker's point of view, so this fetch is allowed to be sent.
      const status = await page.evaluate(
        async ({ header, token }) =>
          (
            await fetch('/api/app:info', {
              method: 'POST',
              headers: { 'content-type': 'application/json', [header]: token },
              body: '{}',
            })
          ).status,
        { header: TOKEN_HEADER, token: SPEC_TOKEN },
      );
      expect(status).toBe(403);
      expect(counting.calls).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

test.describe("the app's own page", () => {
  test('loads its HTML with the strict CSP and the other security headers', async ({
    page,
    host,
  }) => {
    const response = await openApp(page, host);
    expect(response?.status()).toBe(200);
    const headers = response?.headers() ?? {};
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
    expect(headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['access-control-allow-origin']).toBeUndefined();
    // The token reaches the page in the fragment and is taken out of the address bar.
    await expect.poll(() => page.url()).not.toContain(host.token);
  });

  test('is refused without the token and served with it', async ({ page, host, guards }) => {
    guards.expectError(/status of 401/);
    const statuses = await page.evaluate(
      async ({ header, token }) => {
        const call = (headers: Record<string, string>) =>
          fetch('/api/app:info', {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers },
            body: '{}',
          }).then((r) => r.status);
        return {
          none: await call({}),
          wrong: await call({ [header]: `${token.slice(0, -2)}xx` }),
          right: await call({ [header]: token }),
        };
      },
      { header: TOKEN_HEADER, token: host.token },
    );
    expect(statuses).toEqual({ none: 401, wrong: 401, right: 200 });
  });
});

/**
 * The harness every journey relies on must catch what it promises to catch; these tests run it
 * over a one-page renderer and expect it to fail them (`test.fail`) where the page misbehaves.
 */
test.describe('the end-to-end harness', () => {
  test.use({
    // Playwright reads a fixture's dependencies from this pattern; this one has none.
    // eslint-disable-next-line no-empty-pattern
    rendererDir: async ({}, use) => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'tradeoff-tiny-renderer-'));
      await writeFile(
        path.join(dir, 'index.html'),
        '<!doctype html><title>Tiny</title><p>tiny</p>',
      );
      await use(dir);
      await rm(dir, { recursive: true, force: true });
    },
  });

  test('passes a page that behaves', async ({ page }) => {
    await expect(page.getByText('tiny')).toBeVisible();
  });

  test('fails a test whose page leaves the host', async ({ page }) => {
    test.fail();
    await page.evaluate(() => window.location.assign('http://127.0.0.1:9/elsewhere'));
    await page.waitForTimeout(500);
  });

  test('fails a test whose page logs a console error', async ({ page }) => {
    test.fail();
    await page.evaluate(() => console.error('something broke'));
  });

  test('fails a test whose page throws', async ({ page }) => {
    test.fail();
    await page.evaluate(() =>
      setTimeout(() => {
        throw new Error('uncaught in the page');
      }),
    );
    await page.waitForTimeout(200);
  });

  test('lets a test declare the errors it provokes', async ({ page, guards }) => {
    guards.expectError(/provoked on purpose/);
    await page.evaluate(() => console.error('provoked on purpose'));
  });

  test('restarts the host over the same folders with a new token', async ({
    page,
    host,
    workshop,
  }) => {
    await workshop.writeDamaged('broken.tradeoff', 'truncated');
    const before = {
      token: host.token,
      userDataDir: host.userDataDir,
      workshopDir: host.workshopDir,
    };
    await host.restart();
    expect(host.token).not.toBe(before.token);
    expect({ userDataDir: host.userDataDir, workshopDir: host.workshopDir }).toEqual({
      userDataDir: before.userDataDir,
      workshopDir: before.workshopDir,
    });
    expect(await workshop.list()).toEqual(['broken.tradeoff']);
    const response = await openApp(page, host);
    expect(response?.status()).toBe(200);
    expect(response?.url()).toBe(`${host.origin}/`);
  });
});
