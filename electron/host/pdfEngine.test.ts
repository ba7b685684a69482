import { describe, expect, it } from 'vitest';
import { FOOTER_TEMPLATE, READINESS_PROBE } from '../main/pdfEngine';
import {
  CHROMIUM_FLAGS,
  createBrowserPdfEngine,
  findChromium,
  type LaunchChromium,
  type PrintBrowser,
  type PrintContext,
  type PrintPage,
  type PrintRoute,
} from './pdfEngine';

const PDF = new TextEncoder().encode('%PDF-1.7 roadmap');
const ORIGIN = 'http://127.0.0.1:5205';
const TOKEN = 'a'.repeat(43);

interface Behaviour {
  readyAfter?: number;
  error?: string;
  /** URLs the page asks for while it loads. */
  requests?: string[];
  pageError?: string;
  launchFails?: boolean;
  pdfFails?: boolean;
}

/** Playwright's browser, context and page as the engine uses them, recording what it did. */
function fakeChromium(behaviour: Behaviour = {}) {
  const log = {
    launched: [] as unknown[],
    visited: [] as string[],
    printed: [] as unknown[],
    aborted: [] as string[],
    continued: [] as string[],
    probes: 0,
    closed: false,
  };
  const page: PrintPage = {
    on: (_event, listener) => {
      if (behaviour.pageError) listener(new Error(behaviour.pageError));
    },
    goto: async (url) => {
      log.visited.push(url);
      for (const request of behaviour.requests ?? []) await routeRequest(request);
    },
    evaluate: async (expression) => {
      expect(expression).toBe(READINESS_PROBE);
      log.probes += 1;
      return { ready: log.probes > (behaviour.readyAfter ?? 0), error: behaviour.error ?? null };
    },
    pdf: async (options) => {
      log.printed.push(options);
      if (behaviour.pdfFails) throw new Error('Printing is not available');
      return PDF;
    },
  };
  let matcher: (url: URL) => boolean = () => false;
  let handler: (route: PrintRoute) => Promise<void> = async () => undefined;
  async function routeRequest(url: string) {
    if (!matcher(new URL(url))) {
      log.continued.push(url);
      return;
    }
    await handler({
      request: () => ({ url: () => url }),
      abort: async () => void log.aborted.push(url),
    });
  }
  const context: PrintContext = {
    route: async (m, h) => {
      matcher = m;
      handler = h;
    },
    newPage: async () => page,
  };
  const browser: PrintBrowser = {
    newContext: async (options) => {
      expect(options).toEqual({ colorScheme: 'light', reducedMotion: 'reduce' });
      return context;
    },
    close: async () => {
      log.closed = true;
    },
  };
  const launch: LaunchChromium = async (options) => {
    log.launched.push(options);
    if (behaviour.launchFails) throw new Error('spawn /usr/bin/chromium ENOENT');
    return browser;
  };
  return { launch, log };
}

function engineWith(behaviour: Behaviour = {}, timeoutMs = 1_000) {
  const chromium = fakeChromium(behaviour);
  let clock = 0;
  const engine = createBrowserPdfEngine({
    executablePath: '/usr/bin/chromium',
    app: () => ({ origin: ORIGIN, token: TOKEN }),
    launch: chromium.launch,
    timeoutMs,
    pollMs: 50,
    sleep: async (ms) => {
      clock += ms;
    },
    now: () => clock,
  });
  return { engine, log: chromium.log };
}

describe('findChromium', () => {
  const machine = (platform: NodeJS.Platform, env: Record<string, string>, present: string[]) => ({
    platform,
    env,
    exists: (p: string) => present.includes(p),
  });

  it('takes CHROMIUM_PATH when it is set, and reports it when it points nowhere', () => {
    expect(
      findChromium(machine('linux', { CHROMIUM_PATH: '/opt/chrome' }, ['/opt/chrome'])),
    ).toEqual({
      found: '/opt/chrome',
    });
    const wrong = findChromium(
      machine('linux', { CHROMIUM_PATH: '/opt/nothing' }, ['/usr/bin/chromium']),
    );
    expect(wrong).toEqual({ missing: 'CHROMIUM_PATH is /opt/nothing, which does not exist' });
  });

  it.each([
    [
      'linux',
      {},
      ['/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
      '/usr/bin/chromium-browser',
    ],
    ['linux', {}, ['/usr/bin/chromium', '/usr/bin/google-chrome'], '/usr/bin/chromium'],
    [
      'darwin',
      {},
      ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ],
    [
      'win32',
      { PROGRAMFILES: 'C:\\Program Files' },
      ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'],
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    ],
  ] as const)('on %s finds the usual install', (platform, env, present, found) => {
    expect(findChromium(machine(platform, env, [...present]))).toEqual({ found });
  });

  it('says how to fix it when there is none', () => {
    expect(findChromium(machine('linux', {}, []))).toEqual({
      missing: 'no Chromium or Google Chrome was found (set CHROMIUM_PATH to use one)',
    });
  });
});

describe('the browser host’s PDF engine', () => {
  it('opens the print view of the job with the host’s token, waits for it, prints and closes', async () => {
    const { engine, log } = engineWith({ readyAfter: 2 });
    await expect(engine.print({ jobId: 'job-0001', pageSize: 'Letter' })).resolves.toBe(PDF);

    expect(log.launched).toEqual([
      {
        executablePath: '/usr/bin/chromium',
        args: [...CHROMIUM_FLAGS],
        headless: true,
        timeout: 1_000,
      },
    ]);
    expect(log.visited).toEqual([`${ORIGIN}/?print=job-0001#token=${TOKEN}`]);
    expect(log.probes).toBe(3);
    expect(log.printed).toEqual([
      {
        landscape: true,
        format: 'Letter',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: FOOTER_TEMPLATE,
        margin: { top: '10mm', right: '10mm', bottom: '14mm', left: '10mm' },
      },
    ]);
    expect(log.closed).toBe(true);
  });

  it('starts Chromium with flags that keep it off the network', () => {
    expect(CHROMIUM_FLAGS).toEqual([
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ]);
  });

  it('lets the view reach this host only, and refuses a PDF of a view that asked for more', async () => {
    const { engine, log } = engineWith({
      requests: [`${ORIGIN}/assets/index.js`, 'https://fonts.example.com/inter.woff2'],
    });
    await expect(engine.print({ jobId: 'job-0002', pageSize: 'A4' })).rejects.toThrow(
      'the print view asked for https://fonts.example.com/inter.woff2, outside Tradeoff',
    );
    expect(log.continued).toEqual([`${ORIGIN}/assets/index.js`]);
    expect(log.aborted).toEqual(['https://fonts.example.com/inter.woff2']);
    expect(log.printed).toEqual([]);
    expect(log.closed).toBe(true);
  });

  it('fails at once with the view’s own reason', async () => {
    const { engine, log } = engineWith({
      error: 'That print job is finished or was never started.',
    });
    await expect(engine.print({ jobId: 'job-0003', pageSize: 'A4' })).rejects.toThrow(
      'the print view could not draw the roadmap (That print job is finished or was never started.)',
    );
    expect(log.probes).toBe(1);
    expect(log.closed).toBe(true);
  });

  it('gives up after the time limit, naming a script error of the page when there was one', async () => {
    const { engine, log } = engineWith(
      { readyAfter: Infinity, pageError: 'x is undefined' },
      2_000,
    );
    await expect(engine.print({ jobId: 'job-0004', pageSize: 'A4' })).rejects.toThrow(
      'the print view was not ready within 2 s (x is undefined)',
    );
    expect(log.probes).toBe(41);
    expect(log.closed).toBe(true);
  });

  it('says so when Chromium will not start or cannot print', async () => {
    const notStarted = engineWith({ launchFails: true });
    await expect(notStarted.engine.print({ jobId: 'j', pageSize: 'A4' })).rejects.toThrow(
      'Chromium could not be started',
    );
    const notPrinted = engineWith({ pdfFails: true });
    await expect(notPrinted.engine.print({ jobId: 'j', pageSize: 'A4' })).rejects.toThrow(
      'Chromium could not print the page',
    );
    expect(notPrinted.log.closed).toBe(true);
  });
});
