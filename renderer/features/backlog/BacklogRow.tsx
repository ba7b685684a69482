import { memo, useState } from 'react';
import { displayTitle } from '../../../shared/backlog/items';
import { RICE_FIELD_LABELS, riceScore, type RiceField } from '../../../shared/backlog/rice';
import type { RankDelta } from '../../../shared/backlog/ranking';
import type { Rice } from '../../../shared/workshop/schema';
import { useDocument, useServices } from '../../app/ServicesContext';
import { useBacklogUi } from './backlogUi';
import { DeltaBadge } from './DeltaBadge';
import { DraftField } from './DraftField';
import { ItemMeta } from './ItemMeta';
import { RiceInput, type DraftValue } from './RiceInput';
import { RowDetails } from './RowDetails';
import { ItemMenu } from './ItemMenu';
import { ScaleField } from './ScaleField';
import { ScoreCell } from './ScoreCell';
import { useBacklogItem } from './useBacklogItem';

interface BacklogRowProps {
  itemId: string;
  manualPosition: number;
  computedPosition: number | null;
  delta: number | null;
}

type Drafts = Partial<Record<RiceField, number | null>>;

/**
 * One item's cells: rank, how far the room is from RICE, title (with track, tags and key
 * below), the four RICE inputs, the score and the menu; its details open below. The row reads
 * its own item from the store, so editing one item re-renders one row.
 */
export const BacklogRow = memo(function BacklogRow({
  itemId,
  manualPosition,
  computedPosition,
  delta,
}: BacklogRowProps) {
  const item = useBacklogItem(itemId);
  const settings = useDocument((s) => s.doc?.settings);
  const expanded = useBacklogUi((s) => s.expandedId === itemId);
  const setExpanded = useBacklogUi((s) => s.setExpanded);
  const { documents } = useServices();
  const [drafts, setDrafts] = useState<Drafts>({});
  if (item === undefined || settings === undefined) return null;

  const title = displayTitle(item);
  const live: Rice = { ...item.rice, ...drafts };
  const result = riceScore(live);
  const rank: RankDelta = { manualPosition, computedPosition, delta };

  const draftOf = (field: RiceField) => (value: DraftValue) =>
    setDrafts((current) => {
      const next = { ...current };
      if (value === undefined) delete next[field];
      else next[field] = value;
      return next;
    });
  const commitOf = (field: RiceField) => (value: number | null) =>
    documents.getState().setRiceValue(itemId, field, value);
  const label = (field: RiceField) => `${RICE_FIELD_LABELS[field]} of ${title}`;

  return (
    <>
      <span className="backlog-entry__ranks">
        <span className="backlog-entry__position" aria-label={`Position ${manualPosition}`}>
          {manualPosition}
        </span>
        <DeltaBadge rank={rank} />
      </span>
      <div className="backlog-entry__title">
        <button
          type="button"
          className="backlog-entry__toggle"
          aria-expanded={expanded}
          aria-label={`Details of ${title}`}
          onClick={() => setExpanded(expanded ? null : itemId)}
        >
          <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
        </button>
        <div className="backlog-entry__text">
          <DraftField
            label="Title"
            hideLabel
            value={item.title}
            maxLength={500}
            placeholder="Untitled item"
            className="backlog-entry__title-input"
            onCommit={(text) => documents.getState().updateBacklogItem(itemId, { title: text })}
          />
          <ItemMeta item={item} settings={settings} />
        </div>
      </div>
      <RiceInput
        field="reach"
        value={item.rice.reach}
        label={label('reach')}
        scales={settings}
        onDraft={draftOf('reach')}
        onCommit={commitOf('reach')}
      />
      <ScaleField
        field="impact"
        value={item.rice.impact}
        label={label('impact')}
        scales={settings}
        onDraft={draftOf('impact')}
        onCommit={commitOf('impact')}
      />
      <ScaleField
        field="confidence"
        value={item.rice.confidence}
        label={label('confidence')}
        scales={settings}
        onDraft={draftOf('confidence')}
        onCommit={commitOf('confidence')}
      />
      <RiceInput
        field="effort"
        value={item.rice.effort}
        label={label('effort')}
        scales={settings}
        onDraft={draftOf('effort')}
        onCommit={commitOf('effort')}
      />
      <ScoreCell result={result} title={item.title} />
      <ItemMenu itemId={itemId} title={title} expanded={expanded} />
      {expanded ? <RowDetails item={item} settings={settings} /> : null}
    </>
  );
});
