import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { markPrintError, markPrintReady, whenChartsDrawn, whenPrintable } from './printReadiness';

function chart(ready = false): HTMLElement {
  const figure = document.createElement('figure');
  figure.setAttribute('data-chart', '');
  if (ready) figure.setAttribute('data-chart-ready', 'true');
  return figure;
}

let root: HTMLElement;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  root.remove();
  vi.useRealTimers();
});

describe('whenChartsDrawn', () => {
  it('is ready at once without charts, or with every chart drawn', async () => {
    await expect(whenChartsDrawn(root)).resolves.toBeUndefined();
    root.append(chart(true), chart(true));
    await expect(whenChartsDrawn(root)).resolves.toBeUndefined();
  });

  it('waits for the last chart to say it is drawn', async () => {
    const late = chart();
    root.append(chart(true), late);
    let done = false;
    const waiting = whenChartsDrawn(root).then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    late.setAttribute('data-chart-ready', 'true');
    await waiting;
    expect(done).toBe(true);
  });

  it('gives up after the time limit, saying how many charts are missing', async () => {
    vi.useFakeTimers();
    root.append(chart(), chart(), chart(true));
    const waiting = whenChartsDrawn(root, 5_000);
    const outcome = expect(waiting).rejects.toThrow('2 charts were not drawn within 5 s');
    await vi.advanceTimersByTimeAsync(5_000);
    await outcome;
  });
});

describe('whenPrintable', () => {
  it('waits for the fonts before looking at the charts', async () => {
    let loadFonts = () => undefined as void;
    const fonts = { ready: new Promise<void>((resolve) => (loadFonts = resolve)) };
    let done = false;
    const waiting = whenPrintable(root, { fonts }).then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    loadFonts();
    await waiting;
    expect(done).toBe(true);
  });
});

describe('the signals the engines read', () => {
  it('marks the page ready, or failed with a reason, and a ready page stays ready', () => {
    const html = document.createElement('html');
    markPrintError(html, 'the growth chart never drew');
    expect(html.dataset).toMatchObject({ printError: 'the growth chart never drew' });
    markPrintReady(html);
    expect(html.dataset.printReady).toBe('true');
    expect(html.dataset.printError).toBeUndefined();
    markPrintError(html, 'too late');
    expect(html.dataset.printError).toBeUndefined();
  });
});
