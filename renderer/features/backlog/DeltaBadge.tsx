import type { RankDelta } from '../../../shared/backlog/ranking';
import { useTooltip } from './Tooltip';

/**
 * How far the room's rank is from the formula's: ▲ 3 when the room puts the item 3 places
 * higher than RICE does, ▼ 2 when lower, = when they agree, — while the item is unscored.
 */
export function deltaText(rank: RankDelta): { symbol: string; sentence: string; tone: string } {
  const { delta, computedPosition, manualPosition } = rank;
  if (delta === null || computedPosition === null) {
    return { symbol: '—', sentence: 'Unscored: no RICE rank yet', tone: 'none' };
  }
  const places = (n: number) => `${n} ${n === 1 ? 'place' : 'places'}`;
  const ranks = `room #${manualPosition}, RICE #${computedPosition}`;
  if (delta === 0) return { symbol: '=', sentence: `Room and RICE agree (${ranks})`, tone: 'same' };
  if (delta < 0) {
    return {
      symbol: `▲${-delta}`,
      sentence: `Room ranks it ${places(-delta)} higher than RICE (${ranks})`,
      tone: 'higher',
    };
  }
  return {
    symbol: `▼${delta}`,
    sentence: `Room ranks it ${places(delta)} lower than RICE (${ranks})`,
    tone: 'lower',
  };
}

export function DeltaBadge({ rank }: { rank: RankDelta }) {
  const { symbol, sentence, tone } = deltaText(rank);
  const { anchorProps, tooltip } = useTooltip(sentence, 'start');
  return (
    <span className="backlog-delta-cell">
      <span
        className={`backlog-delta backlog-delta--${tone}`}
        tabIndex={-1}
        role="note"
        aria-label={sentence}
        {...anchorProps}
      >
        {symbol}
      </span>
      {tooltip}
    </span>
  );
}
