import { describe, expect, it, vi } from 'vitest';
import { ServiceError } from '../services/serviceError';
import { FORBIDDEN_SENDER } from './ipc';
import {
  createElectronPdfEngine,
  FOOTER_TEMPLATE,
  parseReadiness,
  printOptions,
  printWindowDispatch,
  READINESS_PROBE,
  type PrintWindow,
} from './pdfEngine';

const PDF = new TextEncoder().encode('%PDF-1.7 roadmap');

/** A hidden window whose print view becomes ready after `readyAfter` probes. */
class FakeWindow implements PrintWindow {
  loaded: string[] = [];
  probes = 0;
  printed: unknown[] = [];
  destroyed = false;
  readonly webContents;

  constructor(
    readonly behaviour: {
      readyAfter?: number;
      error?: string;
      loadFails?: boolean;
      printFails?: boolean;
      neverAnswers?: boolean;
    } = {},
  ) {
    this.webContents = {
      executeJavaScript: (code: string) => {
        expect(code).toBe(READINESS_PROBE);
        this.probes += 1;
        if (this.behaviour.neverAnswers) return new Promise<unknown>(() => undefined);
        const ready = this.probes > (this.behaviour.readyAfter ?? 0);
        return Promise.resolve({ ready, error: this.behaviour.error ?? null });
      },
      printToPDF: (options: unknown) => {
        this.printed.push(options);
        return this.behaviour.printFails
          ? Promise.reject(new Error('Printing failed'))
          : Promise.resolve(PDF);
      },
    };
  }

  loadURL(url: string) {
    this.loaded.push(url);
    return this.behaviour.loadFails
      ? Promise.reject(new Error("ERR_FAILED (-2) loading 'app://tradeoff/index.html'"))
      : Promise.resolve();
  }

  isDestroyed() {
    return this.destroyed;
  }

  destroy() {
    this.destroyed = true;
  }
}

function engineWith(window: FakeWindow, options: { timeoutMs?: number } = {}) {
  const admitted: FakeWindow[] = [];
  const released: FakeWindow[] = [];
  let clock = 0;
  const engine = createElectronPdfEngine({
    openWindow: () => window,
    admit: (w) => {
      admitted.push(w);
      return () => released.push(w);
    },
    printViewUrl: (jobId) => `app://tradeoff/index.html?print=${jobId}`,
    timeoutMs: options.timeoutMs ?? 1_000,
    pollMs: 100,
    // Time passes only while the engine waits between probes.
    sleep: (ms) => {
      clock += ms;
      return Promise.resolve();
    },
    now: () => clock,
  });
  return { engine, admitted, released };
}

describe('the Electron PDF engine', () => {
  it('loads the job’s print view, waits until it is printable, prints it and closes the window', async () => {
    const window = new FakeWindow({ readyAfter: 3 });
    const { engine, admitted, released } = engineWith(window);

    await expect(engine.print({ jobId: 'job-0001', pageSize: 'Letter' })).resolves.toBe(PDF);

    expect(window.loaded).toEqual(['app://tradeoff/index.html?print=job-0001']);
    expect(window.probes).toBe(4);
    expect(window.printed).toEqual([printOptions('Letter')]);
    expect(admitted).toEqual([window]);
    expect(released).toEqual([window]);
    expect(window.destroyed).toBe(true);
  });

  it('prints landscape, with backgrounds, page numbers in the footer and room for them', () => {
    const options = printOptions('A4');
    expect(options).toMatchObject({
      landscape: true,
      pageSize: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      footerTemplate: FOOTER_TEMPLATE,
    });
    expect(FOOTER_TEMPLATE).toContain('class="pageNumber"');
    expect(FOOTER_TEMPLATE).toContain('class="totalPages"');
    expect(options.margins?.bottom).toBeCloseTo(14 / 25.4, 6);
    expect(options.margins?.bottom).toBeGreaterThan(options.margins?.top ?? 1);
  });

  it('fails at once with the print view’s own reason, and still closes the window', async () => {
    const window = new FakeWindow({ error: '1 chart was not drawn within 15 s' });
    const { engine, released } = engineWith(window);

    const printing = engine.print({ jobId: 'job-0002', pageSize: 'A4' });
    await expect(printing).rejects.toThrow(ServiceError);
    await expect(printing).rejects.toThrow(
      'the print view could not draw the roadmap (1 chart was not drawn within 15 s)',
    );
    expect(window.probes).toBe(1);
    expect(window.printed).toEqual([]);
    expect(window.destroyed).toBe(true);
    expect(released).toEqual([window]);
  });

  it('gives up on a view that never becomes ready, after the time limit', async () => {
    const window = new FakeWindow({ readyAfter: Infinity });
    const { engine } = engineWith(window, { timeoutMs: 1_000 });
    await expect(engine.print({ jobId: 'job-0003', pageSize: 'A4' })).rejects.toThrow(
      'the print view was not ready within 1 s',
    );
    expect(window.probes).toBe(11);
    expect(window.destroyed).toBe(true);
  });

  it('gives up on a page that stops answering', async () => {
    vi.useFakeTimers();
    try {
      const window = new FakeWindow({ neverAnswers: true });
      const engine = createElectronPdfEngine({
        openWindow: () => window,
        admit: () => () => undefined,
        printViewUrl: (jobId) => jobId,
        timeoutMs: 2_000,
      });
      const printing = engine.print({ jobId: 'job-0004', pageSize: 'A4' });
      const outcome = expect(printing).rejects.toThrow('not ready within 2 s');
      await vi.advanceTimersByTimeAsync(2_000);
      await outcome;
      expect(window.destroyed).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reports a view that does not load, or a print that fails, without details from inside', async () => {
    const notLoaded = new FakeWindow({ loadFails: true });
    await expect(
      engineWith(notLoaded).engine.print({ jobId: 'j', pageSize: 'A4' }),
    ).rejects.toThrow(new ServiceError('the print view could not be loaded'));
    expect(notLoaded.destroyed).toBe(true);

    const notPrinted = new FakeWindow({ printFails: true });
    await expect(
      engineWith(notPrinted).engine.print({ jobId: 'j', pageSize: 'A4' }),
    ).rejects.toThrow(new ServiceError('Chromium could not print the page'));
    expect(notPrinted.destroyed).toBe(true);
  });
});

describe('parseReadiness', () => {
  it.each([
    [{ ready: true, error: null }, { state: 'ready' }],
    [{ ready: false, error: null }, { state: 'waiting' }],
    [
      { ready: false, error: 'no job' },
      { state: 'failed', reason: 'no job' },
    ],
    [{ ready: 'true' }, { state: 'waiting' }],
    [null, { state: 'waiting' }],
    ['ready', { state: 'waiting' }],
  ])('%j → %j', (answer, readiness) => {
    expect(parseReadiness(answer)).toEqual(readiness);
  });
});

describe('printWindowDispatch', () => {
  it('lets a print window ask for its job and nothing else', async () => {
    const dispatch = vi.fn(() => Promise.resolve({ ok: true as const, value: 'job' }));
    const forPrint = printWindowDispatch(dispatch);
    await expect(forPrint('print:job', { jobId: 'job-0001' })).resolves.toEqual({
      ok: true,
      value: 'job',
    });
    for (const channel of ['workshop:save', 'export:pdf', 'files:list', 'nonsense']) {
      await expect(forPrint(channel, {})).resolves.toEqual(FORBIDDEN_SENDER);
    }
    expect(dispatch).toHaveBeenCalledTimes(1);
  });
});
