import { displayTitle } from '../../../shared/backlog/items';
import { formatRiceResult, riceScore } from '../../../shared/backlog/rice';
import { useBacklogItem } from './useBacklogItem';

/** What follows the pointer during a drag: the item's handle, rank, title and score. */
export function DragPreview({ itemId, position }: { itemId: string; position?: number }) {
  const item = useBacklogItem(itemId);
  if (item === undefined) return null;
  return (
    <div className="backlog-preview" aria-hidden="true">
      <span className="backlog-preview__grip">⠿</span>
      <span className="backlog-preview__position">{position ?? ''}</span>
      <span className="backlog-preview__title">{displayTitle(item)}</span>
      <span className="backlog-preview__score">{formatRiceResult(riceScore(item.rice))}</span>
    </div>
  );
}
