import { LIMITS, newTrack, TRACK_COLORS, type Problems, type TrackDraft } from './settingsDraft';

/** The workshop's tracks: rename, recolour, add, remove. */
export function TrackEditor({
  tracks,
  problems,
  onChange,
}: {
  tracks: TrackDraft[];
  problems: Problems;
  onChange(tracks: TrackDraft[]): void;
}) {
  const update = (id: string, patch: Partial<TrackDraft>) =>
    onChange(tracks.map((track) => (track.id === id ? { ...track, ...patch } : track)));
  const listProblem = problems.get('tracks');

  return (
    <fieldset className="backlog-settings-group">
      <legend className="backlog-settings-group__title">Tracks</legend>
      <p className="backlog-settings-group__hint">
        Parallel lines of investment; removing one leaves its items without a track.
      </p>
      <ul className="backlog-settings-list">
        {tracks.map((track, index) => {
          const problem = problems.get(`track:${track.id}`);
          const name = track.name.trim() || `track ${index + 1}`;
          return (
            <li key={track.id} className="backlog-settings-list__row">
              <span
                className="backlog-track-dot"
                style={{ background: track.color }}
                aria-hidden="true"
              />
              <input
                className="field__input"
                aria-label={`Name of track ${index + 1}`}
                value={track.name}
                maxLength={LIMITS.trackName}
                aria-invalid={problem !== undefined ? true : undefined}
                onChange={(event) => update(track.id, { name: event.target.value })}
              />
              <select
                className="field__input"
                aria-label={`Colour of ${name}`}
                value={track.color}
                onChange={(event) => update(track.id, { color: event.target.value })}
              >
                {TRACK_COLORS.some((color) => color.value === track.color) ? null : (
                  <option value={track.color}>Custom</option>
                )}
                {TRACK_COLORS.map((color) => (
                  <option key={color.value} value={color.value}>
                    {color.name}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="button"
                aria-label={`Remove ${name}`}
                onClick={() => onChange(tracks.filter((other) => other.id !== track.id))}
              >
                Remove
              </button>
              {problem !== undefined ? (
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
        disabled={tracks.length >= LIMITS.tracks}
        onClick={() => onChange([...tracks, newTrack(tracks)])}
      >
        Add track
      </button>
    </fieldset>
  );
}
