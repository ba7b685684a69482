import type { BacklogItem, Settings } from '../../../shared/workshop/schema';
import { useDocument } from '../../app/ServicesContext';
import { somSummary } from './marketSom';

/** The line under a title: track, key, tags and, for a sized new service, its SOM. */
export function ItemMeta({ item, settings }: { item: BacklogItem; settings: Settings }) {
  const track = settings.tracks.find((candidate) => candidate.id === item.trackId);
  const model = useDocument((s) =>
    item.marketModelId === null
      ? undefined
      : s.doc?.markets.find((candidate) => candidate.id === item.marketModelId),
  );
  const som = model === undefined ? null : somSummary(model, settings.currency);
  return (
    <div className="backlog-meta">
      {track !== undefined ? (
        <span className="backlog-meta__track">
          <span
            className="backlog-track-dot"
            style={{ background: track.color }}
            aria-hidden="true"
          />
          {track.name}
        </span>
      ) : (
        <span className="backlog-meta__track is-empty">No track</span>
      )}
      {item.externalKey !== null ? (
        <span className="backlog-meta__key">{item.externalKey}</span>
      ) : null}
      {som !== null ? (
        <span className="backlog-meta__som" title={som.detail}>
          {som.text}
        </span>
      ) : null}
      {item.tags.map((tag) => (
        <span key={tag} className="backlog-meta__tag">
          {tag}
        </span>
      ))}
    </div>
  );
}
