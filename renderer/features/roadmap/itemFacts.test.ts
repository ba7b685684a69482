import { describe, expect, it } from 'vitest';
import { createBacklogItem } from '../../../shared/backlog/items';
import type { Criterion } from '../../../shared/workshop/schema';
import { itemFacts } from './itemFacts';

const criteria: Criterion[] = [
  {
    id: 'rel',
    name: 'Reliability',
    direction: 'benefit',
    scale: { min: 1, max: 5 },
    weight: 60,
    locked: false,
  },
  {
    id: 'effort',
    name: 'Effort',
    direction: 'cost',
    scale: { min: 1, max: 5 },
    weight: 40,
    locked: false,
  },
];
const item = createBacklogItem({
  id: 'a',
  rank: 'a0',
  title: 'Regional failover',
  rice: { reach: 4000, impact: 3, confidence: 50, effort: 9 },
  scores: { rel: 5, effort: 3 },
});

describe('itemFacts', () => {
  it('shows the RICE score and the effort in person-months', () => {
    // 4,000 × 3 × 50% ÷ 9 = 666.7 → "667".
    expect(itemFacts(item, 'rice', criteria)).toEqual({
      scoreLabel: 'RICE',
      score: '667',
      effort: '9 pm',
      spoken: 'RICE 667, effort 9 person-months',
    });
  });

  it('shows the weighted total out of 100', () => {
    // 60 × 1 + 40 × (1 − 0.5) = 80.
    expect(itemFacts(item, 'weighted', criteria).score).toBe('80.0');
  });

  it('says unscored and no effort rather than showing a zero', () => {
    const bare = createBacklogItem({ id: 'b', rank: 'a1', title: 'New idea' });
    expect(itemFacts(bare, 'rice', criteria)).toMatchObject({
      score: 'unscored',
      effort: 'no effort',
    });
    expect(itemFacts(bare, 'weighted', criteria).score).toBe('unscored');
    expect(itemFacts(bare, 'weighted', []).spoken).toBe('Weighted unscored, no effort estimate');
  });
});
