import type { Criterion } from '../../../shared/workshop/schema';
import { useDocument } from '../../app/ServicesContext';
import { NameField } from './NameField';
import { formatWeight } from './weightFormat';

const SCALES: readonly Criterion['scale'][] = [
  { min: 1, max: 5 },
  { min: 0, max: 10 },
];

const scaleKey = (scale: Criterion['scale']) => `${scale.min}-${scale.max}`;

function parseScale(value: string): Criterion['scale'] | null {
  const [min, max] = value.split('-').map(Number);
  if ((min === 0 || min === 1) && (max === 5 || max === 10)) return { min, max };
  return null;
}

interface CriterionRowProps {
  criterion: Criterion;
  criteria: readonly Criterion[];
  index: number;
  /** How many items have a score on this criterion (what deleting it takes away). */
  scoreCount: number;
  focusName: boolean;
  onDeleted(criterion: Criterion, scoreCount: number): void;
}

/** One criterion: name, direction, scale, its place in the order, and delete. */
export function CriterionRow({
  criterion,
  criteria,
  index,
  scoreCount,
  focusName,
  onDeleted,
}: CriterionRowProps) {
  const setDirection = useDocument((s) => s.setCriterionDirection);
  const setScale = useDocument((s) => s.setCriterionScale);
  const move = useDocument((s) => s.moveCriterion);
  const remove = useDocument((s) => s.deleteCriterion);
  const { id, name } = criterion;
  // A scale written by hand in a file (e.g. 0–5) is offered as it is, besides the two standard ones.
  const scales = SCALES.some((s) => scaleKey(s) === scaleKey(criterion.scale))
    ? SCALES
    : [...SCALES, criterion.scale];

  return (
    <tr>
      <td>
        <NameField criterion={criterion} criteria={criteria} focusOnMount={focusName} />
      </td>
      <td>
        <select
          className="field__input"
          aria-label={`${name}: counts as`}
          value={criterion.direction}
          onChange={(event) =>
            setDirection(id, event.currentTarget.value === 'cost' ? 'cost' : 'benefit')
          }
        >
          <option value="benefit">Benefit — more is better</option>
          <option value="cost">Cost — more is worse</option>
        </select>
      </td>
      <td>
        <select
          className="field__input"
          aria-label={`${name}: scale`}
          value={scaleKey(criterion.scale)}
          onChange={(event) => {
            const scale = parseScale(event.currentTarget.value);
            if (scale) setScale(id, scale);
          }}
        >
          {scales.map((scale) => (
            <option key={scaleKey(scale)} value={scaleKey(scale)}>
              {scale.min}–{scale.max}
            </option>
          ))}
        </select>
      </td>
      <td className="setup__number">{formatWeight(criterion.weight)}</td>
      <td className="setup__number">{scoreCount}</td>
      <td>
        <div className="setup__actions">
          <button
            type="button"
            className="button setup__icon-button"
            aria-label={`Move ${name} up`}
            title="Move up"
            // aria-disabled, not disabled: focus stays on the button when the row reaches the top.
            aria-disabled={index === 0}
            onClick={() => index > 0 && move(id, index - 1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="button setup__icon-button"
            aria-label={`Move ${name} down`}
            title="Move down"
            aria-disabled={index === criteria.length - 1}
            onClick={() => index < criteria.length - 1 && move(id, index + 1)}
          >
            ↓
          </button>
          <button
            type="button"
            className="button setup__delete"
            aria-label={`Delete ${name}`}
            onClick={() => {
              remove(id);
              onDeleted(criterion, scoreCount);
            }}
          >
            Delete
          </button>
        </div>
      </td>
    </tr>
  );
}
