import { useEffect, useRef, useState } from 'react';
import type { Workshop } from '../../../shared/workshop/schema';
import { useDocument } from '../../app/ServicesContext';
import { CurrencyField } from './CurrencyField';
import { GrowthModelEditor } from './GrowthModelEditor';
import { MarketModelEditor } from './MarketModelEditor';
import { ModelList, type ModelKind, type Selection } from './ModelList';
import './market.css';

/**
 * The open model: the one picked if it still exists (an undo may have removed it), otherwise the
 * first market model, otherwise the first growth model. Which one is open is not in the file.
 */
export function resolveSelection(selection: Selection | null, doc: Workshop): Selection | null {
  if (selection) {
    const models = selection.kind === 'market' ? doc.markets : doc.growthModels;
    if (models.some((m) => m.id === selection.id)) return selection;
  }
  const market = doc.markets[0];
  if (market) return { kind: 'market', id: market.id };
  const growth = doc.growthModels[0];
  return growth ? { kind: 'growth', id: growth.id } : null;
}

export function MarketWorkspace({ doc }: { doc: Workshop }) {
  const [picked, setPicked] = useState<Selection | null>(null);
  const list = useRef<HTMLElement>(null);
  /**
   * Duplicate and Delete replace the editor their button was in; focus then goes to the model
   * now open in the list, not to the top of the page.
   */
  const [focusRequests, setFocusRequests] = useState(0);
  useEffect(() => {
    if (focusRequests === 0) return;
    list.current?.querySelector<HTMLElement>('[aria-current="true"]')?.focus();
  }, [focusRequests]);
  const addMarketModel = useDocument((s) => s.addMarketModel);
  const addGrowthModel = useDocument((s) => s.addGrowthModel);
  const selected = resolveSelection(picked, doc);
  const currency = doc.settings.currency;

  const select = (kind: ModelKind) => (id: string | null) => {
    setPicked(id === null ? null : { kind, id });
    setFocusRequests((count) => count + 1);
  };
  const addMarket = () => setPicked({ kind: 'market', id: addMarketModel() });
  const addGrowth = () => setPicked({ kind: 'growth', id: addGrowthModel() });

  const market =
    selected?.kind === 'market' ? doc.markets.find((m) => m.id === selected.id) : undefined;
  const growth =
    selected?.kind === 'growth' ? doc.growthModels.find((m) => m.id === selected.id) : undefined;

  return (
    <div className="market">
      <div className="market__header">
        <div className="market__intro">
          <h2 className="workspace__title">Market</h2>
          <p className="market__purpose">
            Size a candidate new service’s market (TAM, SAM and SOM, top-down and bottom-up) and
            model how existing customers’ spend grows.
          </p>
        </div>
        <CurrencyField />
      </div>
      <div className="market__layout">
        <ModelList
          ref={list}
          markets={doc.markets}
          growthModels={doc.growthModels}
          currency={currency}
          selected={selected}
          onSelect={setPicked}
          onAddMarket={addMarket}
          onAddGrowth={addGrowth}
        />
        <div className="market__main">
          {market ? (
            <MarketModelEditor
              key={market.id}
              model={market}
              currency={currency}
              onSelect={select('market')}
            />
          ) : growth ? (
            <GrowthModelEditor
              key={growth.id}
              model={growth}
              currency={currency}
              onSelect={select('growth')}
            />
          ) : (
            <p className="workspace__next">
              No market or growth models yet. Start with a market model for a new service you are
              considering: “New market model”.
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
