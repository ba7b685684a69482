import type { MarketModel } from '../../../shared/workshop/schema';
import { useDocument } from '../../app/ServicesContext';
import { NumberField } from './NumberField';

/** The top-down estimate: the whole market's annual spend, then the two shares of it. */
export function TopDownInputs({ model, currency }: { model: MarketModel; currency: string }) {
  const setTopDown = useDocument((s) => s.setTopDown);
  const { topDown } = model;
  return (
    <section className="market-card" aria-labelledby={`top-down-${model.id}`}>
      <h3 className="market-card__title" id={`top-down-${model.id}`}>
        Top-down
      </h3>
      <p className="market-card__help">
        TAM = the whole market’s annual spend; SAM = the part you can serve; SOM = the part you can
        realistically win.
      </p>
      <div className="market-card__fields">
        <NumberField
          label="Total market annual spend"
          value={topDown.totalSpend}
          kind={{ kind: 'money', currency }}
          nullable
          hint="TAM, e.g. 1.2B"
          onCommit={(totalSpend) => setTopDown(model.id, { totalSpend })}
        />
        <NumberField
          label="Serviceable share"
          value={topDown.serviceablePct}
          kind={{ kind: 'percent' }}
          nullable
          hint="of TAM → SAM"
          onCommit={(serviceablePct) => setTopDown(model.id, { serviceablePct })}
        />
        <NumberField
          label="Obtainable share"
          value={topDown.obtainablePct}
          kind={{ kind: 'percent' }}
          nullable
          hint="of SAM → SOM"
          onCommit={(obtainablePct) => setTopDown(model.id, { obtainablePct })}
        />
      </div>
    </section>
  );
}
