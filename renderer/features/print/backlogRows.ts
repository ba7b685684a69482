import { displayTitle } from '../../../shared/backlog/items';
import { formatGrouped } from '../../../shared/backlog/numbers';
import { computedOrder, manualOrder } from '../../../shared/backlog/ranking';
import { formatRiceScore, riceValue } from '../../../shared/backlog/rice';
import { levelForValue } from '../../../shared/backlog/scale';
import {
  buildScoreMatrix,
  orderedIds,
  rankByWeights,
  weightedTotal,
  weightVector,
} from '../../../shared/criteria/scoring';
import { NO_VALUE } from '../../../shared/format/numbers';
import { boardColumns, columnIndexOf } from '../../../shared/roadmap/periods';
import type { BacklogItem, Criterion, Workshop } from '../../../shared/workshop/schema';
import { weightedText } from '../roadmap/itemFacts';

/**
 * The pages after the board (issue 6): the ranked backlog in both orders the room compared, the
 * computed RICE order and the room's own manual order, with the RICE fields and scores, the
 * weighted totals and the criteria weights behind them. Every number comes from the shared
 * domain modules; this only puts them in rows.
 */

export interface BacklogRow {
  itemId: string;
  title: string;
  externalKey: string | null;
  track: string;
  /** 1-based position in the room's manual order. */
  manualRank: number;
  /** 1-based position by RICE score; null while the item is unscored. */
  riceRank: number | null;
  /** 1-based position by weighted total (ties keep the room's order). */
  weightedRank: number;
  reach: string;
  impact: string;
  confidence: string;
  effort: string;
  riceScore: string;
  weightedTotal: string;
  /** "4 of 6 scored" while some criteria have no score for the item. */
  weightedCoverage: string | null;
  /** Where the item sits on the board ("2027 Q2", "Later"), or null when it is not placed. */
  roadmap: string | null;
}

export interface CriterionRow {
  id: string;
  name: string;
  /** "More is better" or "More is worse (counts inverted)". */
  direction: string;
  scale: string;
  weight: string;
}

export interface BacklogTables {
  /** Highest RICE score first, unscored items last (shared/backlog/ranking.ts). */
  byRice: BacklogRow[];
  /** The room's order. */
  byManual: BacklogRow[];
  criteria: CriterionRow[];
  weightSum: string;
}

function number(value: number | null): string {
  return value === null ? NO_VALUE : formatGrouped(value, 2);
}

/** "High (2)", "Medium (80%)": the level's name where the value is one of the workshop's. */
function scaled(
  value: number | null,
  levels: Workshop['settings']['impactLevels'],
  unit = '',
): string {
  if (value === null) return NO_VALUE;
  const shown = `${formatGrouped(value, 2)}${unit}`;
  const level = levelForValue(levels, value);
  return level ? `${level.label} (${shown})` : shown;
}

function roadmapPlace(doc: Workshop): (itemId: string) => string | null {
  const columns = boardColumns(doc.roadmap);
  const where = new Map(
    doc.roadmap.placements.map((p) => {
      const column = columnIndexOf(doc.roadmap, p.periodIndex);
      const label = column === null ? 'Beyond the board' : (columns[column]?.label ?? null);
      return [p.itemId, label];
    }),
  );
  return (itemId) => where.get(itemId) ?? null;
}

function weightedRanks(manual: readonly BacklogItem[], criteria: readonly Criterion[]) {
  // Built in the room's order, so equal totals keep it (shared/criteria/scoring.ts).
  const matrix = buildScoreMatrix(manual, criteria);
  const ids = orderedIds(matrix, rankByWeights(matrix, weightVector(matrix, criteria)));
  return new Map(ids.map((id, index) => [id, index + 1]));
}

export function backlogTables(doc: Workshop): BacklogTables {
  const manual = manualOrder(doc.items);
  const byRiceItems = computedOrder(doc.items);
  const manualRanks = new Map(manual.map((item, index) => [item.id, index + 1]));
  const riceRanks = new Map<string, number>();
  byRiceItems.forEach((item, index) => {
    if (riceValue(item.rice) !== null) riceRanks.set(item.id, index + 1);
  });
  const weighted = weightedRanks(manual, doc.criteria);
  const trackNames = new Map(doc.settings.tracks.map((t) => [t.id, t.name]));
  const place = roadmapPlace(doc);
  const { impactLevels, confidenceLevels } = doc.settings;

  const row = (item: BacklogItem): BacklogRow => {
    const rice = riceValue(item.rice);
    const total = weightedTotal(item, doc.criteria);
    return {
      itemId: item.id,
      title: displayTitle(item),
      externalKey: item.externalKey,
      track: item.trackId === null ? NO_VALUE : (trackNames.get(item.trackId) ?? NO_VALUE),
      manualRank: manualRanks.get(item.id) ?? 0,
      riceRank: riceRanks.get(item.id) ?? null,
      weightedRank: weighted.get(item.id) ?? 0,
      reach: number(item.rice.reach),
      impact: scaled(item.rice.impact, impactLevels),
      confidence: scaled(item.rice.confidence, confidenceLevels, '%'),
      effort: number(item.rice.effort),
      riceScore: rice === null ? 'unscored' : formatRiceScore(rice),
      weightedTotal: weightedText(item, doc.criteria),
      weightedCoverage:
        total.complete || total.scoredCount === 0
          ? null
          : `${total.scoredCount} of ${total.criterionCount} scored`,
      roadmap: place(item.id),
    };
  };

  return {
    byRice: byRiceItems.map(row),
    byManual: manual.map(row),
    criteria: doc.criteria.map((c) => ({
      id: c.id,
      name: c.name,
      direction: c.direction === 'cost' ? 'More is worse (counts inverted)' : 'More is better',
      scale: `${c.scale.min}–${c.scale.max}`,
      weight: `${formatGrouped(c.weight, 1)}%`,
    })),
    weightSum: `${formatGrouped(
      doc.criteria.reduce((sum, c) => sum + c.weight, 0),
      1,
    )}%`,
  };
}
