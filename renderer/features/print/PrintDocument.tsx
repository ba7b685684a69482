import { useEffect, useEffectEvent, useRef } from 'react';
import type { PrintJob } from '../../../shared/ipc/contract';
import { capacityReport, trackBalance } from '../../../shared/roadmap/capacity';
import { describeFailure } from '../../bridge/bridgeError';
import '../../app/theme.css';
import { BacklogPages } from './BacklogPages';
import { BalanceStrip } from './BalanceStrip';
import { BoardLegend, boardNotes } from './BoardLegend';
import { printBoard } from './boardLayout';
import { GrowthPages } from './GrowthPages';
import { MarketPages } from './MarketPages';
import { whenPrintable, type ReadinessOptions } from './printReadiness';
import { RoadmapBoard } from './RoadmapBoard';
import { TitleBlock } from './TitleBlock';
import './print.css';

export interface PrintDocumentProps {
  job: PrintJob;
  /** Called once, when fonts are loaded and every chart is drawn. */
  onPrintable(): void;
  /** Called instead when that does not happen (a chart never drew). */
  onFailed(message: string): void;
  /** Tests replace the page's font loading and the time limit. */
  readiness?: ReadinessOptions;
}

function pageFonts(): ReadinessOptions['fonts'] {
  return typeof document.fonts === 'undefined' ? undefined : document.fonts;
}

/**
 * The roadmap as stakeholders receive it (issue 6, "PDF export"): the one print view both
 * engines print and the browser's print dialog shows. Always the light theme with backgrounds,
 * whatever the screen theme; nothing animates; charts are drawn once at their printed width.
 */
export function PrintDocument({ job, onPrintable, onFailed, readiness }: PrintDocumentProps) {
  const root = useRef<HTMLDivElement>(null);
  const printable = useEffectEvent(() => onPrintable());
  const failed = useEffectEvent((message: string) => onFailed(message));

  useEffect(() => {
    const element = root.current;
    if (!element) return;
    let cancelled = false;
    whenPrintable(element, readiness ?? { fonts: pageFonts() }).then(
      () => {
        if (!cancelled) printable();
      },
      (error: unknown) => {
        if (!cancelled) failed(describeFailure(error));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [readiness]);

  const { doc, pageSize } = job;
  const board = printBoard(doc);
  const capacity = capacityReport(doc.roadmap, doc.items);
  const balance = trackBalance(doc.roadmap, doc.settings.tracks, doc.items);
  return (
    <div ref={root} className={`print-doc print-doc--${pageSize === 'A4' ? 'a4' : 'letter'}`}>
      <section className="print-section" aria-label="Roadmap">
        <TitleBlock job={job} />
        <RoadmapBoard board={board} loads={capacity.columns} />
        <div className="print-after-board">
          <BoardLegend
            tracks={doc.settings.tracks}
            scoreBasis={doc.roadmap.scoreBasis}
            notes={boardNotes(board, capacity.unsizedItemIds.length)}
          />
          <BalanceStrip balance={balance} />
        </div>
      </section>
      <BacklogPages doc={doc} />
      <MarketPages doc={doc} pageSize={pageSize} />
      <GrowthPages doc={doc} pageSize={pageSize} />
    </div>
  );
}
