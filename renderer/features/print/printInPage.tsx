import { createRoot } from 'react-dom/client';
import type { PrintJob } from '../../../shared/ipc/contract';
import { PrintDocument } from './PrintDocument';
import './printHost.css';

/**
 * Where the host has no PDF engine (a browser host on a machine without Chromium), the same
 * print view goes to the browser's own print dialog (issue 6): it is drawn off screen inside
 * the app's page, and once it is printable the page prints with only the view showing. The
 * browser's "Save as PDF" then makes the file, named after the document's title.
 */

export interface PrintEnvironment {
  document: Document;
  /** `window.print`: modal in Chromium, returns once the dialog is closed. */
  print(): void;
}

function currentEnvironment(): PrintEnvironment {
  return { document, print: () => window.print() };
}

/** Resolves once the print dialog was shown; rejects when the view could not be drawn. */
export function printInPage(
  job: PrintJob,
  env: PrintEnvironment = currentEnvironment(),
): Promise<void> {
  const page = env.document;
  const html = page.documentElement;
  page.querySelectorAll('.print-host').forEach((stale) => stale.remove());
  const host = page.createElement('div');
  host.className = 'print-host';
  page.body.append(host);
  const root = createRoot(host);
  const appTitle = page.title;

  let cleanedUp = false;
  const cleanUp = () => {
    if (cleanedUp) return;
    cleanedUp = true;
    root.unmount();
    host.remove();
    delete html.dataset.printing;
    page.title = appTitle;
  };

  return new Promise<void>((resolve, reject) => {
    const printNow = () => {
      html.dataset.printing = 'roadmap';
      // Chromium names the saved PDF after it.
      page.title = `${job.doc.meta.title.trim() || 'Untitled workshop'} roadmap`;
      page.defaultView?.addEventListener('afterprint', cleanUp, { once: true });
      try {
        env.print();
        resolve();
      } catch (error) {
        cleanUp();
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    const fail = (message: string) => {
      cleanUp();
      reject(new Error(message));
    };
    root.render(<PrintDocument job={job} onPrintable={printNow} onFailed={fail} />);
  });
}
