import { useId, useState } from 'react';
import { displayTitle } from '../../../shared/backlog/items';
import { formatMoney } from '../../../shared/format/numbers';
import type { AttachedSom } from '../../../shared/market/funnel';
import type { BacklogItem, MarketModel } from '../../../shared/workshop/schema';
import { useDocument } from '../../app/ServicesContext';

interface AttachedItemsProps {
  model: MarketModel;
  som: AttachedSom | null;
  currency: string;
}

const NO_ITEMS: readonly BacklogItem[] = [];

function shortTitle(item: BacklogItem): string {
  const title = displayTitle(item);
  return title.length > 90 ? `${title.slice(0, 89)}…` : title;
}

/**
 * The backlog items this model sizes (each item points at one model, `item.marketModelId`); the
 * backlog shows them this model's SOM. Attaching an item sized by another model moves it here.
 */
export function AttachedItems({ model, som, currency }: AttachedItemsProps) {
  const items = useDocument((s) => s.doc?.items ?? NO_ITEMS);
  const markets = useDocument((s) => s.doc?.markets);
  const setItemMarketModel = useDocument((s) => s.setItemMarketModel);
  const [choice, setChoice] = useState('');
  const selectId = useId();
  const headingId = useId();

  const attached = items.filter((item) => item.marketModelId === model.id);
  const candidates = items.filter((item) => item.marketModelId !== model.id);
  const modelName = (id: string) => markets?.find((m) => m.id === id)?.name;
  const chosen = candidates.some((item) => item.id === choice) ? choice : '';

  const attach = () => {
    if (chosen === '') return;
    setItemMarketModel(chosen, model.id);
    setChoice('');
  };

  return (
    <section className="market-card" aria-labelledby={headingId}>
      <h3 className="market-card__title" id={headingId}>
        Attached items
      </h3>
      <p className="market-card__help">
        {som === null
          ? 'Backlog items this model sizes. They show its SOM once an estimate is complete.'
          : `Backlog items this model sizes. They show its SOM: ${formatMoney(som.value, currency)} a year (${som.basis}).`}
      </p>
      {attached.length === 0 ? (
        <p className="market-card__empty">No backlog item is attached to this model yet.</p>
      ) : (
        <ul className="market-attached" aria-label={`Items sized by ${model.name}`}>
          {attached.map((item) => (
            <li key={item.id} className="market-attached__item">
              <span className="market-attached__title">{shortTitle(item)}</span>
              <button
                type="button"
                className="button market-attached__detach"
                aria-label={`Detach ${shortTitle(item)}`}
                onClick={() => setItemMarketModel(item.id, null)}
              >
                Detach
              </button>
            </li>
          ))}
        </ul>
      )}
      {items.length === 0 ? (
        <p className="market-card__empty">The backlog has no items to attach yet.</p>
      ) : candidates.length > 0 ? (
        <div className="market-attach">
          <label className="market-attach__label" htmlFor={selectId}>
            Attach a backlog item
          </label>
          <div className="market-attach__row">
            <select
              id={selectId}
              className="market-select market-attach__select"
              value={chosen}
              onChange={(event) => setChoice(event.target.value)}
            >
              <option value="">Choose an item…</option>
              {candidates.map((item) => {
                const other =
                  item.marketModelId === null ? undefined : modelName(item.marketModelId);
                return (
                  <option key={item.id} value={item.id}>
                    {other ? `${shortTitle(item)} (sized by ${other})` : shortTitle(item)}
                  </option>
                );
              })}
            </select>
            <button type="button" className="button" disabled={chosen === ''} onClick={attach}>
              Attach
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
