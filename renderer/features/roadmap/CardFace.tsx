import type { ItemFacts } from './itemFacts';

interface CardFaceProps {
  title: string;
  facts: ItemFacts;
  /** "2 quarters", "3 quarters, past 2027 Q4", or null for a one-quarter card. */
  spanText: string | null;
}

/**
 * What a card shows: title, score on the chosen basis, effort, and how far it spans. The track
 * colour is the card's edge (set by the caller's class and style). Also drawn under the pointer
 * while a card is dragged.
 */
export function CardFace({ title, facts, spanText }: CardFaceProps) {
  return (
    <>
      <span className="roadmap-card__title">{title}</span>
      <span className="roadmap-card__facts" aria-hidden="true">
        <span className="roadmap-card__score">
          <span className="roadmap-card__basis">{facts.scoreLabel}</span> {facts.score}
        </span>
        <span className="roadmap-card__effort">{facts.effort}</span>
        {spanText ? <span className="roadmap-card__span">↔ {spanText}</span> : null}
      </span>
    </>
  );
}
