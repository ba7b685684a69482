import { useId, type CSSProperties, type KeyboardEvent } from 'react';
import type { WeightRoom } from '../../../shared/criteria/weights';
import type { Criterion } from '../../../shared/workshop/schema';
import { useDocument, useServices } from '../../app/ServicesContext';
import { LockIcon } from './LockIcon';
import { useGesture } from './useGesture';
import { WeightField } from './WeightField';
import { formatWeight, historyKey, keyedWeight } from './weightFormat';

interface WeightSliderProps {
  criterion: Criterion;
  room: WeightRoom;
  /**
   * The slider was grabbed (pointer down, or keyboard focus): the ranking remembers its order
   * then, to show each item's ▲/▼ since. Several key presses on a focused slider add up.
   */
  onGrab(): void;
}

/**
 * One criterion's weight: a native range input (mouse, touch and the keyboard all work, and
 * assistive technology knows what it is), the value as a typeable number, and a lock. Every
 * slider runs 0–100 so their positions compare at a glance; the part of the track that locked
 * weights elsewhere take is shaded and out of reach.
 */
export function WeightSlider({ criterion, room, onGrab }: WeightSliderProps) {
  const setWeight = useDocument((s) => s.setCriterionWeight);
  const setLocked = useDocument((s) => s.setCriterionLocked);
  const gesture = useGesture();
  const { documents } = useServices();
  const sliderId = useId();
  const hintId = useId();
  const { name, weight, locked } = criterion;

  // Arrow keys, Page Up/Down, Home and End move by whole points from the shown value, and each
  // press (or each key held down) is one undo entry.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const history = historyKey(event);
    if (history) {
      // The app's shortcuts leave Ctrl+Z in any <input> to the input's own text undo, which a
      // range input does not have: here it undoes the document, like anywhere else.
      event.preventDefault();
      gesture.end();
      documents.getState()[history]();
      return;
    }
    const next = keyedWeight(event.key, weight, room);
    if (next === null) return;
    event.preventDefault();
    gesture.beginKeys();
    setWeight(criterion.id, next);
  };

  const hint = locked
    ? 'Locked: other weights move around it.'
    : room.movable
      ? null
      : 'Unlock another criterion to move this one.';
  const track = {
    '--fill': `${weight}%`,
    '--room': `${room.movable ? room.max : weight}%`,
  } as CSSProperties;

  return (
    <li className={`weight${locked ? ' weight--locked' : ''}`}>
      <span className="weight__name">
        <label htmlFor={sliderId}>{name}</label>
        {criterion.direction === 'cost' ? (
          <span className="weight__badge" title="More is worse: counts inverted">
            cost
          </span>
        ) : null}
      </span>
      <input
        id={sliderId}
        className="weight__slider"
        type="range"
        min={0}
        max={100}
        step={1}
        value={weight}
        style={track}
        disabled={!room.movable}
        aria-valuetext={formatWeight(weight)}
        aria-describedby={hint ? hintId : undefined}
        onPointerDown={() => {
          onGrab();
          gesture.beginPointer();
        }}
        onFocus={onGrab}
        onKeyDown={onKeyDown}
        onKeyUp={gesture.end}
        onBlur={gesture.end}
        onChange={(event) => setWeight(criterion.id, Number(event.currentTarget.value))}
      />
      <WeightField criterion={criterion} room={room} onGrab={onGrab} />
      <button
        type="button"
        className="weight__lock"
        aria-pressed={locked}
        aria-label={`Lock ${name}`}
        title={locked ? `Unlock ${name}` : `Lock ${name} at ${formatWeight(weight)}`}
        onClick={() => setLocked(criterion.id, !locked)}
      >
        <LockIcon locked={locked} />
      </button>
      {hint ? (
        <span id={hintId} className="weight__hint">
          {hint}
        </span>
      ) : null}
    </li>
  );
}
