import { useId, useMemo, useState } from 'react';
import type { BacklogItem, Criterion } from '../../../shared/workshop/schema';
import { useDocument, useUi } from '../../app/ServicesContext';
import { SlopeChart } from '../../charts/SlopeChart';
import {
  buildComparison,
  describeAgreement,
  describePositions,
  ORDER_LABELS,
} from './comparisonData';
import './compare.css';

const NO_ITEMS: BacklogItem[] = [];
const NO_CRITERIA: Criterion[] = [];
const TOP_CHOICES = [10, 20, 50] as const;

/**
 * RICE order, weighted order and the room's manual order side by side: a slope chart linking
 * each item across the three, the biggest disagreements named, and how far each pair of orders
 * agrees overall. This is where the room sees where the formulas and its own judgement part.
 */
export function CompareView() {
  const items = useDocument((s) => s.doc?.items ?? NO_ITEMS);
  const criteria = useDocument((s) => s.doc?.criteria ?? NO_CRITERIA);
  const setWorkspace = useUi((s) => s.setWorkspace);
  const [top, setTop] = useState<number>(TOP_CHOICES[0]);
  const topLabel = useId();
  const data = useMemo(() => buildComparison(items, criteria, top), [items, criteria, top]);

  if (items.length === 0) {
    return (
      <p className="criteria__empty">
        No backlog items to compare yet.{' '}
        <button type="button" className="button" onClick={() => setWorkspace('backlog')}>
          Go to the backlog
        </button>
      </p>
    );
  }

  const { comparison } = data;
  return (
    <div className="compare">
      <div className="compare__controls" role="radiogroup" aria-labelledby={topLabel}>
        <span id={topLabel} className="compare__controls-label">
          Show the top
        </span>
        {TOP_CHOICES.map((choice) => (
          <label key={choice} className="compare__choice">
            <input
              type="radio"
              name="compare-top"
              value={choice}
              checked={top === choice}
              onChange={() => setTop(choice)}
            />
            {choice}
          </label>
        ))}
        <span className="compare__note">
          {data.unscored.rice > 0 ? `${data.unscored.rice} without a full RICE score. ` : ''}
          {data.unscored.weighted > 0
            ? `${data.unscored.weighted} not scored on any criterion. `
            : ''}
        </span>
      </div>
      <div className="compare__layout">
        <SlopeChart
          className="compare__chart"
          title={`RICE, weighted and manual order: the top ${top}`}
          description="Each line links one item across the three orders; the biggest disagreements are highlighted."
          items={data.items}
          orders={data.orders}
          highlightCount={3}
        />
        <aside className="compare__side">
          <h3 className="criteria__heading">Biggest disagreements</h3>
          <p className="compare__scope">
            Across all {items.length} items, not only the top {top}.
          </p>
          {comparison.disagreements.length === 0 ? (
            <p>The three orders agree on every item they share.</p>
          ) : (
            <ol className="compare__disagreements">
              {comparison.disagreements.map((entry) => (
                <li key={entry.itemId}>
                  <span className="compare__item">{data.titles.get(entry.itemId)}</span>
                  <span className="compare__positions">{describePositions(entry.positions)}</span>
                  <span className="compare__spread">
                    {entry.spread} {entry.spread === 1 ? 'place' : 'places'} apart
                  </span>
                </li>
              ))}
            </ol>
          )}
          <h3 className="criteria__heading">Overall</h3>
          <ul className="compare__agreement">
            {comparison.agreement.map((pair) => (
              <li key={`${pair.a}-${pair.b}`}>
                {ORDER_LABELS[pair.a]} and {ORDER_LABELS[pair.b]} {describeAgreement(pair.spearman)}
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </div>
  );
}
