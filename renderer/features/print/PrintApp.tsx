import { Component, useEffect, useState, type ReactNode } from 'react';
import type { PrintJob } from '../../../shared/ipc/contract';
import type { Bridge } from '../../../shared/ipc/api';
import { describeFailure } from '../../bridge/bridgeError';
import { PrintDocument } from './PrintDocument';
import { enterPrintView, markPrintError, markPrintReady } from './printReadiness';

/**
 * What `index.html?print=<jobId>` shows instead of the app (renderer/main.tsx): the job's
 * print view, fetched from the host with `print:job`, in the light theme. The engine waiting
 * for it reads `<html data-print-ready>` or `<html data-print-error>`.
 */

type Loading =
  | { status: 'loading' }
  | { status: 'loaded'; job: PrintJob }
  | { status: 'failed'; message: string };

interface PrintAppProps {
  api: Pick<Bridge, 'print'>;
  jobId: string;
  /** Where the signals go; `document.documentElement` on a real page. */
  html?: HTMLElement;
}

export function PrintApp({ api, jobId, html = document.documentElement }: PrintAppProps) {
  const [state, setState] = useState<Loading>({ status: 'loading' });

  useEffect(() => {
    enterPrintView(html);
    let cancelled = false;
    api.print.job({ jobId }).then(
      (job) => {
        if (cancelled) return;
        // The PDF's title, and the title in every page's footer.
        document.title = job.doc.meta.title.trim() || 'Untitled workshop';
        setState({ status: 'loaded', job });
      },
      (error: unknown) => {
        const message = describeFailure(error);
        markPrintError(html, message);
        if (!cancelled) setState({ status: 'failed', message });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, jobId, html]);

  const fail = (message: string) => {
    markPrintError(html, message);
    setState({ status: 'failed', message });
  };

  switch (state.status) {
    case 'loading':
      return (
        <p className="print-status" role="status">
          Preparing the roadmap…
        </p>
      );
    case 'failed':
      return (
        <p className="print-status" role="alert">
          The roadmap could not be prepared for printing: {state.message}
        </p>
      );
    case 'loaded':
      return (
        <PrintBoundary onError={fail}>
          <PrintDocument job={state.job} onPrintable={() => markPrintReady(html)} onFailed={fail} />
        </PrintBoundary>
      );
  }
}

interface BoundaryProps {
  onError(message: string): void;
  children: ReactNode;
}

/** A rendering error ends the job with its reason instead of a blank page. */
class PrintBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    this.props.onError(describeFailure(error));
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}
