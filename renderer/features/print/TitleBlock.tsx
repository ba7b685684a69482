import type { PrintJob } from '../../../shared/ipc/contract';
import { boardColumns } from '../../../shared/roadmap/periods';
import { formatWorkshopDate } from '../workshop-meta/formatDate';

/**
 * The top of the first page: what this roadmap is, who ran the workshop, when, from which file,
 * and when the PDF was made (a stakeholder reading it weeks later knows how fresh it is).
 */

/** `14 Mar 2025, 09:30` in the reader's language; the raw text if it is not a time. */
export function formatGeneratedAt(iso: string, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** "12 items on 4 quarters, 2027 Q1–2027 Q4 · 3 tracks · scored by RICE". */
export function boardSummary(job: PrintJob): string {
  const { roadmap, settings } = job.doc;
  const columns = boardColumns(roadmap);
  const count = roadmap.placements.length;
  const items = `${count} item${count === 1 ? '' : 's'}`;
  const span =
    roadmap.layout === 'now-next-later'
      ? `on Now / Next / Later from ${columns[0]?.detail ?? ''}`
      : `on ${columns.length} quarters, ${columns[0]?.label ?? ''}–${columns[columns.length - 1]?.label ?? ''}`;
  const tracks = `${settings.tracks.length} track${settings.tracks.length === 1 ? '' : 's'}`;
  const basis = roadmap.scoreBasis === 'weighted' ? 'weighted total' : 'RICE';
  return `${items} ${span} · ${tracks} · scored by ${basis}`;
}

export function TitleBlock({ job }: { job: PrintJob }) {
  const { meta } = job.doc;
  const facts: [string, string][] = [
    ['Facilitator', meta.facilitator.trim() || 'Not recorded'],
    ['Workshop date', formatWorkshopDate(meta.date) || 'Not recorded'],
    ['File', job.workshopFileName ?? 'Not saved to a file yet'],
    ['Generated', formatGeneratedAt(job.requestedAt)],
  ];
  return (
    <header className="print-title">
      <p className="print-title__kicker">Roadmap</p>
      <h1 className="print-title__heading">{meta.title.trim() || 'Untitled workshop'}</h1>
      <p className="print-title__summary">{boardSummary(job)}</p>
      <dl className="print-title__facts">
        {facts.map(([term, value]) => (
          <div key={term} className="print-title__fact">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
