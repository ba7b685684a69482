import type { CSSProperties } from 'react';
import type { BoardCard as Card } from './boardLayout';

/**
 * One item on the printed board: title, score, effort, and the track colour on its edge. A
 * card over several quarters says which ones; one running past the last quarter says so too.
 */
export function BoardCard({ card, color }: { card: Card; color: string }) {
  const edge = { '--card-track-color': color } as CSSProperties;
  return (
    <article className="print-card" style={edge} data-item-id={card.itemId}>
      <h3 className="print-card__title">
        {card.externalKey ? <span className="print-card__key">{card.externalKey} </span> : null}
        {card.title}
      </h3>
      <p className="print-card__facts">
        <span className="print-card__score">
          {card.score.basis} {card.score.value}
        </span>{' '}
        · {card.effort}
      </p>
      {card.periods ? (
        <p className="print-card__span">
          {card.periods}
          {card.continuesPastEnd ? <span className="print-card__continues"> →</span> : null}
        </p>
      ) : null}
    </article>
  );
}
