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
  const projection = useMemo(() => projectGrowth(model), [model]);

  return (
    <article className="market-editor" aria-label={`Growth model ${model.name}`}>
      <ModelHeader
        kind="growth model"
        name={model.name}
        onRename={(name) => rename(model.id, name)}
        onDuplicate={() => onSelect(duplicate(model.id))}
        onDelete={() => {
          remove(model.id);
          onSelect(null);
        }}
      />
      <div className="market-editor__inputs">
        <GrowthInputs model={model} currency={currency} />
        <ScenarioTable model={model} />
      </div>
      <GrowthChartCard modelName={model.name} projection={projection} currency={currency} />
      <GrowthTable projection={projection} currency={currency} />
    </article>
  );
}
