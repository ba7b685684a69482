import { useId, useState, type KeyboardEvent } from 'react';
import { MAX_PERIODS, MIN_PERIODS } from '../../../shared/roadmap/periods';
import type { Roadmap } from '../../../shared/workshop/schema';

interface RoadmapToolbarProps {
  roadmap: Roadmap;
  onLayout(layout: Roadmap['layout']): void;
  onStart(start: { startYear: number; startQuarter: number }): void;
  onPeriodCount(count: number): void;
  onScoreBasis(basis: Roadmap['scoreBasis']): void;
  onExportPdf(): void;
}

const PERIOD_COUNTS = Array.from(
  { length: MAX_PERIODS - MIN_PERIODS + 1 },
  (_, i) => MIN_PERIODS + i,
);
const MIN_YEAR = 1990;
const MAX_YEAR = 2200;

/** The board's settings (each change one undo entry) and the PDF export. */
export function RoadmapToolbar({
  roadmap,
  onLayout,
  onStart,
  onPeriodCount,
  onScoreBasis,
  onExportPdf,
}: RoadmapToolbarProps) {
  const quarterId = useId();
  const countId = useId();
  return (
    <div className="roadmap-toolbar" role="group" aria-label="Board settings">
      <Segmented
        legend="Layout"
        value={roadmap.layout}
        options={[
          { value: 'quarters', label: 'Quarters' },
          { value: 'now-next-later', label: 'Now / Next / Later' },
        ]}
        onChange={onLayout}
      />
      <div className="roadmap-toolbar__field">
        <label className="roadmap-toolbar__label" htmlFor={quarterId}>
          Starts
        </label>
        <select
          id={quarterId}
          className="field__input"
          aria-label="Start quarter"
          value={roadmap.startQuarter}
          onChange={(event) =>
            onStart({ startYear: roadmap.startYear, startQuarter: Number(event.target.value) })
          }
        >
          {[1, 2, 3, 4].map((q) => (
            <option key={q} value={q}>
              Q{q}
            </option>
          ))}
        </select>
        <YearField
          year={roadmap.startYear}
          onCommit={(startYear) => onStart({ startYear, startQuarter: roadmap.startQuarter })}
        />
      </div>
      <div className="roadmap-toolbar__field">
        <label className="roadmap-toolbar__label" htmlFor={countId}>
          Quarters
        </label>
        <select
          id={countId}
          className="field__input"
          aria-label="Number of quarters"
          value={roadmap.periodCount}
          onChange={(event) => onPeriodCount(Number(event.target.value))}
        >
          {PERIOD_COUNTS.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </div>
      <Segmented
        legend="Score"
        value={roadmap.scoreBasis}
        options={[
          { value: 'rice', label: 'RICE' },
          { value: 'weighted', label: 'Weighted' },
        ]}
        onChange={onScoreBasis}
      />
      <span className="roadmap-toolbar__spacer" />
      <button type="button" className="button button--primary" onClick={onExportPdf}>
        Export PDF…
      </button>
    </div>
  );
}

function Segmented<T extends string>({
  legend,
  value,
  options,
  onChange,
}: {
  legend: string;
  value: T;
  options: { value: T; label: string }[];
  onChange(value: T): void;
}) {
  const name = useId();
  return (
    <fieldset className="segmented">
      <legend className="roadmap-toolbar__label segmented__legend">{legend}</legend>
      <div className="segmented__options">
        {options.map((option) => (
          <label key={option.value} className="segmented__option">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The start year, kept on Enter or blur when it is a year the file can hold. */
function YearField({ year, onCommit }: { year: number; onCommit(year: number): void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    setDraft(null);
    const value = Number(draft.trim());
    if (Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR && value !== year) {
      onCommit(value);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit();
    if (event.key === 'Escape') setDraft(null);
  };
  return (
    <input
      className="field__input roadmap-toolbar__year"
      type="text"
      inputMode="numeric"
      aria-label="Start year"
      autoComplete="off"
      value={draft ?? String(year)}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={onKeyDown}
    />
  );
}
