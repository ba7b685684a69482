/**
 * When the print view may be printed (issue 6: "a PDF is never blank or half-drawn"): after the
 * fonts are loaded and every chart has said it is drawn (`data-chart-ready="true"`, set by
 * renderer/charts/ChartFrame.tsx). The engines poll `<html data-print-ready>` and
 * `<html data-print-error>`, so a failure ends the job at once with its reason instead of
 * leaving the engine to time out.
 */

export const CHART_SELECTOR = '[data-chart]';
const READY_CHART_SELECTOR = '[data-chart][data-chart-ready="true"]';

/** Long enough for a hundred cards and a dozen charts on a slow laptop; short of the engines'. */
export const DEFAULT_READY_TIMEOUT_MS = 15_000;

export interface ReadinessOptions {
  /** `document.fonts`; absent where the page has no font loading API (jsdom). */
  fonts?: { ready: Promise<unknown> };
  timeoutMs?: number;
}

function pendingCharts(root: ParentNode): number {
  return (
    root.querySelectorAll(CHART_SELECTOR).length -
    root.querySelectorAll(READY_CHART_SELECTOR).length
  );
}

/** Resolves once every chart under `root` is drawn; rejects, naming how many are not, on time-out. */
export function whenChartsDrawn(
  root: Element,
  timeoutMs = DEFAULT_READY_TIMEOUT_MS,
): Promise<void> {
  if (pendingCharts(root) === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (pendingCharts(root) > 0) return;
      finish();
      resolve();
    });
    const timer = setTimeout(() => {
      const pending = pendingCharts(root);
      finish();
      reject(
        new Error(
          `${pending} chart${pending === 1 ? ' was' : 's were'} not drawn within ${Math.round(timeoutMs / 1000)} s`,
        ),
      );
    }, timeoutMs);
    function finish() {
      observer.disconnect();
      clearTimeout(timer);
    }
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-chart-ready'],
    });
  });
}

/** Fonts first (a chart's text is measured in them), then every chart. */
export async function whenPrintable(root: Element, options: ReadinessOptions = {}): Promise<void> {
  await options.fonts?.ready;
  await whenChartsDrawn(root, options.timeoutMs);
}

/** The page is the print view: light whatever the app's theme, without the app's chrome. */
export function enterPrintView(html: HTMLElement): void {
  html.dataset.theme = 'light';
  html.dataset.view = 'print';
}

/** The signal both engines wait for. */
export function markPrintReady(html: HTMLElement): void {
  delete html.dataset.printError;
  html.dataset.printReady = 'true';
}

/** Tells the engine to give up now, with a reason it puts into its message. */
export function markPrintError(html: HTMLElement, message: string): void {
  if (html.dataset.printReady === 'true') return;
  html.dataset.printError = message;
}
