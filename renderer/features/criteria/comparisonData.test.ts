import { describe, expect, it } from 'vitest';
import { criteriaWorkshop, testItem } from './criteriaTesting';
import { buildComparison, describeAgreement, describePositions } from './comparisonData';

describe('comparison data', () => {
  it('puts the RICE, weighted and manual orders side by side', () => {
    const data = buildComparison(criteriaWorkshop().items, criteriaWorkshop().criteria, 10);
    expect(data.orders.map((o) => [o.label, o.itemIds])).toEqual([
      ['RICE', ['replicas', 'cli', 'failover']],
      ['Weighted', ['replicas', 'failover', 'cli']],
      ['Manual', ['failover', 'replicas', 'cli']],
    ]);
    expect(data.comparison.disagreements[0]).toMatchObject({ itemId: 'failover', spread: 2 });
  });

  it('leaves items without a score of a kind out of that column and counts them', () => {
    const doc = criteriaWorkshop((d) => ({
      ...d,
      items: [...d.items, testItem('new', 'New idea', 'a3', {})],
    }));
    const data = buildComparison(doc.items, doc.criteria, 10);
    expect(data.orders[0]?.itemIds).not.toContain('new');
    expect(data.orders[1]?.itemIds).not.toContain('new');
    expect(data.orders[2]?.itemIds).toContain('new');
    expect(data.unscored).toEqual({ rice: 1, weighted: 1 });
  });

  it('cuts each order to the top asked for', () => {
    const doc = criteriaWorkshop();
    const data = buildComparison(doc.items, doc.criteria, 2);
    expect(data.orders.map((o) => o.itemIds.length)).toEqual([2, 2, 2]);
    expect(data.items.map((i) => i.id).sort()).toEqual(['cli', 'failover', 'replicas']);
  });

  it('describes positions and agreement in words', () => {
    expect(describePositions({ rice: 1, weighted: null, manual: 4 })).toBe(
      'RICE 1 · Weighted — · Manual 4',
    );
    expect(describeAgreement(0.93)).toBe('agree closely (ρ = 0.93)');
    expect(describeAgreement(-0.5)).toBe('tend to disagree (ρ = -0.50)');
    expect(describeAgreement(null)).toBe('too few items in both to compare');
  });
});
