import { formatGrouped } from '../../../shared/backlog/numbers';
import { formatRiceScore, riceValue } from '../../../shared/backlog/rice';
import { weightedTotal } from '../../../shared/criteria/scoring';
import { formatPoints } from '../criteria/weightFormat';
import type { BacklogItem, Criterion, Roadmap } from '../../../shared/workshop/schema';

/**
 * What a card and a backlog row show about an item: its score on the chosen basis (issue 6:
 * "RICE or weighted, as chosen") and its effort. Scores come from the backlog's and criteria's
 * own formulas (`shared/backlog/rice.ts`, `shared/criteria/scoring.ts`).
 */

export interface ItemFacts {
  scoreLabel: ScoreLabel;
  /** "320", "52.5", or "unscored". */
  score: string;
  /** "6 pm", or "no effort" when the item is unsized. */
  effort: string;
  /** The same for screen readers: "RICE 320, effort 6 person-months". */
  spoken: string;
}

export type ScoreLabel = 'RICE' | 'Weighted';

export function scoreBasisLabel(basis: Roadmap['scoreBasis']): ScoreLabel {
  return basis === 'rice' ? 'RICE' : 'Weighted';
}

export function itemFacts(
  item: BacklogItem,
  basis: Roadmap['scoreBasis'],
  criteria: readonly Criterion[],
): ItemFacts {
  const scoreLabel = scoreBasisLabel(basis);
  const score = basis === 'rice' ? riceText(item) : weightedText(item, criteria);
  const effort = item.rice.effort;
  const effortText = effort === null ? 'no effort' : `${formatGrouped(effort, 1)} pm`;
  const spokenEffort =
    effort === null
      ? 'no effort estimate'
      : `effort ${formatGrouped(effort, 1)} person-month${effort === 1 ? '' : 's'}`;
  return {
    scoreLabel,
    score,
    effort: effortText,
    spoken: `${scoreLabel} ${score}, ${spokenEffort}`,
  };
}

function riceText(item: BacklogItem): string {
  const value = riceValue(item.rice);
  return value === null ? 'unscored' : formatRiceScore(value);
}

/** The weighted total out of 100 ("52.5"), or "unscored" while no criterion is scored. */
export function weightedText(item: BacklogItem, criteria: readonly Criterion[]): string {
  if (criteria.length === 0) return 'unscored';
  const result = weightedTotal(item, criteria);
  return result.scoredCount === 0 ? 'unscored' : formatPoints(result.total);
}
