import { useId } from 'react';
import {
  isWebLink,
  joinTags,
  splitTags,
  uniqueTags,
  unescapeCellText,
} from '../../../shared/backlog/csv/cells';
import type { BacklogItem, Settings } from '../../../shared/workshop/schema';
import { useDocument, useServices } from '../../app/ServicesContext';
import { DraftField } from './DraftField';
import { LinkActions } from './LinkActions';
import { somSummary } from './marketSom';
import type { ItemPatch } from './backlogActions';

const KEY_MAX = 120;
const LINK_MAX = 2_000;
const TAG_MAX = 80;

/** Tags as typed: "reliability, dr" → ["reliability", "dr"]; the same splitting as the import. */
export function tagsFromText(text: string): string[] {
  return uniqueTags(splitTags(text)).map((tag) => tag.slice(0, TAG_MAX));
}

/** The fields a row has no room for: description, track, tags, external key and link. */
export function RowDetails({ item, settings }: { item: BacklogItem; settings: Settings }) {
  const { documents } = useServices();
  const trackId = useId();
  const update = (patch: ItemPatch) => documents.getState().updateBacklogItem(item.id, patch);
  const model = useDocument((s) =>
    item.marketModelId === null
      ? undefined
      : s.doc?.markets.find((candidate) => candidate.id === item.marketModelId),
  );

  const keyProblem = (text: string): string | null => {
    const key = text.trim();
    if (key.length > KEY_MAX) return `A key can be at most ${KEY_MAX} characters`;
    const items = documents.getState().doc?.items ?? [];
    const other = items.find(
      (candidate) => candidate.id !== item.id && candidate.externalKey === key,
    );
    return key !== '' && other !== undefined ? `“${other.title}” already has the key ${key}` : null;
  };
  const linkProblem = (text: string): string | null => {
    const link = text.trim();
    if (link === '') return null;
    if (link.length > LINK_MAX) return `A link can be at most ${LINK_MAX} characters`;
    return isWebLink(link) ? null : 'Only http:// and https:// links are kept';
  };

  return (
    <div
      className="backlog-details"
      role="group"
      aria-label={`Details of ${item.title || 'untitled item'}`}
    >
      <div className="backlog-details__description">
        <DraftField
          label="Description"
          multiline
          value={item.description}
          maxLength={20_000}
          onCommit={(text) => update({ description: text })}
        />
      </div>
      <div className="field">
        <label htmlFor={trackId} className="field__label">
          Track
        </label>
        <select
          id={trackId}
          className="field__input"
          value={item.trackId ?? ''}
          onChange={(event) =>
            update({ trackId: event.target.value === '' ? null : event.target.value })
          }
        >
          <option value="">No track</option>
          {settings.tracks.map((track) => (
            <option key={track.id} value={track.id}>
              {track.name}
            </option>
          ))}
        </select>
      </div>
      <DraftField
        label="Tags"
        placeholder="e.g. reliability, dr"
        value={unescapeCellText(joinTags(item.tags))}
        onCommit={(text) => update({ tags: tagsFromText(text) })}
      />
      <DraftField
        label="External key"
        value={item.externalKey ?? ''}
        placeholder="e.g. PLAT-412"
        validate={keyProblem}
        onCommit={(text) => update({ externalKey: text.trim() === '' ? null : text.trim() })}
      />
      <DraftField
        label="Link"
        value={item.externalUrl ?? ''}
        placeholder="https://…"
        validate={linkProblem}
        onCommit={(text) => update({ externalUrl: text.trim() === '' ? null : text.trim() })}
      />
      {item.externalUrl !== null ? (
        <div className="backlog-details__link-actions">
          <LinkActions url={item.externalUrl} />
        </div>
      ) : null}
      {model !== undefined ? (
        <p className="backlog-details__market">{somSummary(model, settings.currency).detail}</p>
      ) : null}
    </div>
  );
}
