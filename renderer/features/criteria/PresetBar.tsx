import { builtInPresets } from '../../../shared/criteria/presets';
import { hasWeights } from '../../../shared/criteria/weights';
import type { Criterion, WeightPreset } from '../../../shared/workshop/schema';
import { useDocument } from '../../app/ServicesContext';
import { SavePresetForm } from './SavePresetForm';

interface PresetBarProps {
  criteria: readonly Criterion[];
  saved: readonly WeightPreset[];
  /** A preset is about to change the weights (the ranking's movement reference). */
  onGrab(): void;
  onMessage(message: string): void;
}

/**
 * The built-in presets (computed from the workshop's own criteria) and the ones saved in the
 * workshop. Applying one is one undo entry and respects locks; the presets the weights match
 * right now show as pressed.
 */
export function PresetBar({ criteria, saved, onGrab, onMessage }: PresetBarProps) {
  const apply = useDocument((s) => s.applyWeightPreset);
  const remove = useDocument((s) => s.deleteWeightPreset);
  const builtIns = builtInPresets(criteria);

  const choose = (name: string, weights: Readonly<Record<string, number>>) => {
    onGrab();
    apply(weights);
    const lockedCount = criteria.filter((c) => c.locked).length;
    onMessage(
      lockedCount > 0
        ? `Applied “${name}”; ${lockedCount === 1 ? 'the locked weight stays' : 'locked weights stay'} as set.`
        : `Applied “${name}”.`,
    );
  };

  return (
    <div className="presets">
      <div className="presets__group" role="group" aria-label="Weight presets">
        {builtIns.map((preset) => {
          const fallback = preset.key !== 'balanced' && preset.emphasized.length === 0;
          return (
            <button
              key={preset.key}
              type="button"
              className="presets__preset"
              aria-pressed={criteria.length > 0 && hasWeights(criteria, preset.weights)}
              disabled={criteria.length === 0}
              title={
                fallback
                  ? 'No criterion matches this theme, so it weighs all criteria equally'
                  : undefined
              }
              onClick={() => choose(preset.name, preset.weights)}
            >
              {preset.name}
            </button>
          );
        })}
        {saved.map((preset) => (
          <span key={preset.id} className="presets__saved">
            <button
              type="button"
              className="presets__preset presets__preset--saved"
              aria-pressed={criteria.length > 0 && hasWeights(criteria, preset.weights)}
              onClick={() => choose(preset.name, preset.weights)}
            >
              {preset.name}
            </button>
            <button
              type="button"
              className="presets__delete"
              aria-label={`Delete preset ${preset.name}`}
              title={`Delete preset ${preset.name}`}
              onClick={() => {
                remove(preset.id);
                onMessage(`Deleted preset “${preset.name}”. Undo brings it back.`);
              }}
            >
              ×
            </button>
          </span>
        ))}
      </div>
      <SavePresetForm onSaved={onMessage} />
    </div>
  );
}
