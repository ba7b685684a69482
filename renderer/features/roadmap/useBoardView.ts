import { useMemo } from 'react';
import { capacityReport, trackBalance } from '../../../shared/roadmap/capacity';
import { boardColumns, columnSpan, quarterLabel } from '../../../shared/roadmap/periods';
import type { Placement, Roadmap, Track, Workshop } from '../../../shared/workshop/schema';
import { cellName } from './announcements';
import { boardLayout } from './boardLayout';
import { itemFacts } from './itemFacts';

/**
 * Everything the workspace derives from the document, each part recomputed only when what it
 * reads changed: a drag changes the roadmap, not the items, so the items' facts (and the rows
 * memoized on them) stay put while the board follows the pointer.
 */
export function useBoardView(doc: Workshop) {
  const { roadmap, items, criteria } = doc;
  const tracks = doc.settings.tracks;
  const layout = useMemo(() => boardLayout(roadmap, tracks), [roadmap, tracks]);
  const itemsById = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  const factsById = useMemo(
    () => new Map(items.map((item) => [item.id, itemFacts(item, roadmap.scoreBasis, criteria)])),
    [items, roadmap.scoreBasis, criteria],
  );
  const capacity = useMemo(() => capacityReport(roadmap, items), [roadmap, items]);
  const balance = useMemo(() => trackBalance(roadmap, tracks, items), [roadmap, tracks, items]);
  const placedAt = useMemo(() => placementTexts(roadmap, tracks), [roadmap, tracks]);
  return { layout, itemsById, factsById, capacity, balance, placedAt };
}

export type BoardView = ReturnType<typeof useBoardView>;

/** Item id → where its card is, in words, for the backlog list. */
function placementTexts(roadmap: Roadmap, tracks: readonly Track[]): Map<string, string> {
  const names = { columns: boardColumns(roadmap), tracks };
  const texts = new Map<string, string>();
  for (const placement of roadmap.placements) {
    texts.set(placement.itemId, placementText(roadmap, tracks, names, placement));
  }
  return texts;
}

function placementText(
  roadmap: Roadmap,
  tracks: readonly Track[],
  names: Parameters<typeof cellName>[0],
  placement: Placement,
): string {
  const span = columnSpan(roadmap, placement);
  if (!tracks.some((t) => t.id === placement.trackId)) return 'on a track that no longer exists';
  if (span === null) {
    return `${quarterLabel(roadmap, placement.periodIndex)}, after the board's last quarter`;
  }
  return cellName(names, { trackId: placement.trackId, columnIndex: span.firstColumn });
}
