import { useId, type Ref } from 'react';
import { formatMoney } from '../../../shared/format/numbers';
import type { GrowthModel, MarketModel } from '../../../shared/workshop/schema';
import { attachedSom } from './modelSom';

export type ModelKind = 'market' | 'growth';
export interface Selection {
  kind: ModelKind;
  id: string;
}

interface ModelListProps {
  ref?: Ref<HTMLElement>;
  markets: readonly MarketModel[];
  growthModels: readonly GrowthModel[];
  currency: string;
  selected: Selection | null;
  onSelect(selection: Selection): void;
  onAddMarket(): void;
  onAddGrowth(): void;
}

/** Every model of the workshop, by kind; picking one opens it beside the list. */
export function ModelList({ ref, ...props }: ModelListProps) {
  const { markets, growthModels, currency, selected, onSelect } = props;
  const somText = (model: MarketModel) => {
    const som = attachedSom(model);
    return som === null ? 'SOM not complete yet' : `SOM ${formatMoney(som.value, currency)}`;
  };
  const growthText = (model: GrowthModel) =>
    `${model.horizonYears === 1 ? '1 year' : `${model.horizonYears} years`}, ${model.step === 'quarter' ? 'quarterly' : 'yearly'}`;

  return (
    <nav ref={ref} className="model-list" aria-label="Models">
      <ModelGroup
        title="Market models"
        empty="No market model yet."
        models={markets}
        detail={somText}
        isSelected={(id) => selected?.kind === 'market' && selected.id === id}
        onSelect={(id) => onSelect({ kind: 'market', id })}
        addLabel="New market model"
        onAdd={props.onAddMarket}
      />
      <ModelGroup
        title="Growth models"
        empty="No growth model yet."
        models={growthModels}
        detail={growthText}
        isSelected={(id) => selected?.kind === 'growth' && selected.id === id}
        onSelect={(id) => onSelect({ kind: 'growth', id })}
        addLabel="New growth model"
        onAdd={props.onAddGrowth}
      />
    </nav>
  );
}

interface ModelGroupProps<M extends { id: string; name: string }> {
  title: string;
  empty: string;
  models: readonly M[];
  detail(model: M): string;
  isSelected(id: string): boolean;
  onSelect(id: string): void;
  addLabel: string;
  onAdd(): void;
}

function ModelGroup<M extends { id: string; name: string }>(props: ModelGroupProps<M>) {
  const headingId = useId();
  return (
    <div className="model-list__group">
      <h3 className="model-list__title" id={headingId}>
        {props.title}
      </h3>
      {props.models.length === 0 ? (
        <p className="model-list__empty">{props.empty}</p>
      ) : (
        <ul className="model-list__items" aria-labelledby={headingId}>
          {props.models.map((model) => (
            <li key={model.id}>
              <ModelButton
                name={model.name}
                detail={props.detail(model)}
                selected={props.isSelected(model.id)}
                onSelect={() => props.onSelect(model.id)}
              />
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button model-list__add" onClick={props.onAdd}>
        {props.addLabel}
      </button>
    </div>
  );
}

function ModelButton(props: { name: string; detail: string; selected: boolean; onSelect(): void }) {
  const detailId = useId();
  return (
    <button
      type="button"
      className="model-list__item"
      aria-current={props.selected ? 'true' : undefined}
      aria-label={props.name}
      aria-describedby={detailId}
      onClick={props.onSelect}
    >
      <span className="model-list__name">{props.name}</span>
      <span className="model-list__detail" id={detailId}>
        {props.detail}
      </span>
    </button>
  );
}
