import { useMemo } from 'react';
import { sizeMarket, somOfSizing } from '../../../shared/market/funnel';
import type { MarketModel } from '../../../shared/workshop/schema';
import { useDocument } from '../../app/ServicesContext';
import { AttachedItems } from './AttachedItems';
import { FunnelComparison } from './FunnelComparison';
import { ModelHeader } from './ModelHeader';
import { SegmentsTable } from './SegmentsTable';
import { SegmentStackCard } from './SegmentStackCard';
import { TextField } from './TextField';
import { TopDownInputs } from './TopDownInputs';

interface MarketModelEditorProps {
  model: MarketModel;
  currency: string;
  onSelect(id: string | null): void;
}

/** One market model: both estimates' inputs, their funnels and the items it sizes. */
export function MarketModelEditor({ model, currency, onSelect }: MarketModelEditorProps) {
  const rename = useDocument((s) => s.renameMarketModel);
  const duplicate = useDocument((s) => s.duplicateMarketModel);
  const remove = useDocument((s) => s.deleteMarketModel);
  const actions = useMemo(() => ({ rename, duplicate, remove }), [rename, duplicate, remove]);
  const setMarketFields = useDocument((s) => s.setMarketFields);
  const sizing = useMemo(() => sizeMarket(model), [model]);

  return (
    <article className="market-editor" aria-label={`Market model ${model.name}`}>
      <ModelHeader kind="market model" model={model} actions={actions} onSelect={onSelect} />
      <TopDownInputs model={model} currency={currency} />
      <SegmentsTable model={model} funnels={sizing.segments} currency={currency} />
      <FunnelComparison model={model} sizing={sizing} currency={currency} />
      <div className="market-editor__pair">
        <SegmentStackCard modelName={model.name} segments={sizing.segments} currency={currency} />
        <AttachedItems model={model} som={somOfSizing(sizing)} currency={currency} />
      </div>
      <TextField
        label="Notes"
        value={model.notes}
        maxLength={5_000}
        multiline
        className="market-card market-notes"
        onCommit={(notes) => setMarketFields(model.id, { notes })}
      />
    </article>
  );
}
