import { useId, useMemo } from 'react';
import { isFilterActive, tagCounts } from '../../../shared/backlog/filter';
import { useDocument } from '../../app/ServicesContext';
import { useBacklogUi } from './backlogUi';

const ALL = '';
const NO_TRACK = '\u0000none';

/** Search, track and tag: what the room is looking at. Filtering never changes the order. */
export function FilterBar() {
  const filter = useBacklogUi((s) => s.filter);
  const setFilter = useBacklogUi((s) => s.setFilter);
  const clearFilter = useBacklogUi((s) => s.clearFilter);
  const tracks = useDocument((s) => s.doc?.settings.tracks);
  const items = useDocument((s) => s.doc?.items);
  const tags = useMemo(() => (items === undefined ? [] : tagCounts(items)), [items]);
  const searchId = useId();
  const trackId = useId();
  const tagId = useId();

  const trackValue = filter.trackIds.length === 0 ? ALL : (filter.trackIds[0] ?? NO_TRACK);
  const tagValue = filter.tags[0] ?? ALL;

  return (
    <div className="backlog-filter" role="search" aria-label="Filter the backlog">
      <div className="backlog-filter__field backlog-filter__search">
        <label htmlFor={searchId} className="backlog-filter__label">
          Search
        </label>
        <input
          id={searchId}
          type="search"
          className="field__input"
          placeholder="Title, description, key or tag"
          value={filter.text}
          onChange={(event) => setFilter({ text: event.target.value })}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && filter.text !== '') {
              event.preventDefault();
              setFilter({ text: '' });
            }
          }}
        />
      </div>
      <div className="backlog-filter__field">
        <label htmlFor={trackId} className="backlog-filter__label">
          Track
        </label>
        <select
          id={trackId}
          className="field__input"
          value={trackValue}
          onChange={(event) => {
            const value = event.target.value;
            setFilter({ trackIds: value === ALL ? [] : [value === NO_TRACK ? null : value] });
          }}
        >
          <option value={ALL}>All tracks</option>
          {(tracks ?? []).map((track) => (
            <option key={track.id} value={track.id}>
              {track.name}
            </option>
          ))}
          <option value={NO_TRACK}>No track</option>
        </select>
      </div>
      <div className="backlog-filter__field">
        <label htmlFor={tagId} className="backlog-filter__label">
          Tag
        </label>
        <select
          id={tagId}
          className="field__input"
          value={tagValue}
          onChange={(event) =>
            setFilter({ tags: event.target.value === ALL ? [] : [event.target.value] })
          }
        >
          <option value={ALL}>All tags</option>
          {tagValue !== ALL && !tags.some(({ tag }) => tag === tagValue) ? (
            <option value={tagValue}>{`${tagValue} (0)`}</option>
          ) : null}
          {tags.map(({ tag, count }) => (
            <option key={tag} value={tag}>
              {`${tag} (${count})`}
            </option>
          ))}
        </select>
      </div>
      {isFilterActive(filter) ? (
        <button type="button" className="button backlog-filter__clear" onClick={clearFilter}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
