import { useState } from 'react';
import { formatGrouped } from '../../../shared/backlog/numbers';
import { levelForValue } from '../../../shared/backlog/scale';
import type { ScaleLevel } from '../../../shared/workshop/schema';
import { RiceInput, type DraftValue, type Scales } from './RiceInput';

const NOT_SET = '';
const OTHER = 'other';

interface ScaleFieldProps {
  field: 'impact' | 'confidence';
  value: number | null;
  label: string;
  scales: Scales;
  onDraft(value: DraftValue): void;
  onCommit(value: number | null): void;
}

export function levelText(field: 'impact' | 'confidence', level: ScaleLevel): string {
  const value = formatGrouped(level.value);
  return `${level.label} (${field === 'confidence' ? `${value}%` : value})`;
}

/**
 * Impact or confidence: one of the workshop's named levels from a list, or any other value
 * typed by hand ("Other value…"). A value that matches no level shows as typed.
 */
export function ScaleField({ field, value, label, scales, onDraft, onCommit }: ScaleFieldProps) {
  const [typing, setTyping] = useState(false);
  const levels = field === 'impact' ? scales.impactLevels : scales.confidenceLevels;
  const level = levelForValue(levels, value);
  const custom = value !== null && level === undefined;

  if (typing || custom) {
    return (
      <RiceInput
        field={field}
        value={value}
        label={label}
        scales={scales}
        autoFocus={typing}
        placeholder={field === 'impact' ? 'e.g. 1.5' : 'e.g. 65%'}
        onDraft={onDraft}
        onCommit={(next) => {
          setTyping(false);
          onCommit(next);
        }}
        onDismiss={() => setTyping(false)}
      />
    );
  }

  const selected = level === undefined ? NOT_SET : String(levels.indexOf(level));
  return (
    <select
      className="backlog-scale"
      aria-label={label}
      value={selected}
      onChange={(event) => {
        const choice = event.target.value;
        if (choice === OTHER) {
          setTyping(true);
          return;
        }
        const chosen = choice === NOT_SET ? undefined : levels[Number(choice)];
        onCommit(chosen?.value ?? null);
      }}
    >
      <option value={NOT_SET}>—</option>
      {levels.map((candidate, index) => (
        <option key={`${index}-${candidate.label}`} value={String(index)}>
          {levelText(field, candidate)}
        </option>
      ))}
      <option value={OTHER}>Other value…</option>
    </select>
  );
}
