import { LIMITS, newLevel, type LevelDraft, type Problems, type ScaleName } from './settingsDraft';

/** One named scale (impact or confidence): each level's name and value. */
export function LevelEditor({
  scale,
  title,
  hint,
  levels,
  problems,
  onChange,
}: {
  scale: ScaleName;
  title: string;
  hint: string;
  levels: LevelDraft[];
  problems: Problems;
  onChange(levels: LevelDraft[]): void;
}) {
  const update = (key: string, patch: Partial<LevelDraft>) =>
    onChange(levels.map((level) => (level.key === key ? { ...level, ...patch } : level)));
  const noun = scale === 'impact' ? 'impact' : 'confidence';
  const listProblem = problems.get(scale);

  return (
    <fieldset className="backlog-settings-group">
      <legend className="backlog-settings-group__title">{title}</legend>
      <p className="backlog-settings-group__hint">{hint}</p>
      <ul className="backlog-settings-list">
        {levels.map((level, index) => {
          const labelProblem = problems.get(`${scale}:${level.key}:label`);
          const valueProblem = problems.get(`${scale}:${level.key}:value`);
          const problem = [labelProblem, valueProblem].filter(Boolean).join('; ');
          return (
            <li
              key={level.key}
              className="backlog-settings-list__row backlog-settings-list__row--level"
            >
              <input
                className="field__input"
                aria-label={`Name of ${noun} level ${index + 1}`}
                value={level.label}
                maxLength={LIMITS.label}
                aria-invalid={labelProblem !== undefined ? true : undefined}
                onChange={(event) => update(level.key, { label: event.target.value })}
              />
              <input
                className="field__input backlog-settings-list__value"
                inputMode="decimal"
                aria-label={`Value of ${noun} level ${index + 1}${scale === 'confidence' ? ' (%)' : ''}`}
                value={level.value}
                aria-invalid={valueProblem !== undefined ? true : undefined}
                onChange={(event) => update(level.key, { value: event.target.value })}
              />
              <button
                type="button"
                className="button"
                aria-label={`Remove ${noun} level ${level.label.trim() || index + 1}`}
                disabled={levels.length <= 1}
                onClick={() => onChange(levels.filter((other) => other.key !== level.key))}
              >
                Remove
              </button>
              {problem !== '' ? (
                <span className="field__error backlog-settings-list__problem">{problem}</span>
              ) : null}
            </li>
          );
        })}
      </ul>
      {listProblem !== undefined ? <p className="field__error">{listProblem}</p> : null}
      <button
        type="button"
        className="button"
        disabled={levels.length >= LIMITS.levels}
        onClick={() => onChange([...levels, newLevel()])}
      >
        Add level
      </button>
    </fieldset>
  );
}
