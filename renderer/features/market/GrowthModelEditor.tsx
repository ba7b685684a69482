import { useMemo } from 'react';
import { projectGrowth } from '../../../shared/growth/model';
import type { GrowthModel } from '../../../shared/workshop/schema';
import { useDocument } from '../../app/ServicesContext';
import { GrowthChartCard } from './GrowthChartCard';
import { GrowthInputs } from './GrowthInputs';
import { GrowthTable } from './GrowthTable';
import { ModelHeader } from './ModelHeader';
import { ScenarioTable } from './ScenarioTable';

interface GrowthModelEditorProps {
  model: GrowthModel;
  currency: string;
  onSelect(id: string | null): void;
}

/** One growth model: its inputs, the three scenarios, the chart and the numbers under it. */
export function GrowthModelEditor({ model, currency, onSelect }: GrowthModelEditorProps) {
  const rename = useDocument((s) => s.renameGrowthModel);
  const duplicate = useDocument((s) => s.duplicateGrowthModel);
  const remove = useDocument((s) => s.deleteGrowthModel);
  const actions = useMemo(() => ({ rename, duplicate, remove }), [rename, duplicate, remove]);
  const projection = useMemo(() => projectGrowth(model), [model]);

  return (
    <article className="market-editor" aria-label={`Growth model ${model.name}`}>
      <ModelHeader kind="growth model" model={model} actions={actions} onSelect={onSelect} />
      <div className="market-editor__inputs">
        <GrowthInputs model={model} currency={currency} />
        <ScenarioTable model={model} />
      </div>
      <GrowthChartCard modelName={model.name} projection={projection} currency={currency} />
      <GrowthTable projection={projection} currency={currency} />
    </article>
  );
}
