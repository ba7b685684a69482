import { useCallback, useState } from 'react';
import type { WeightPreset } from '../../../shared/workshop/schema';
import { useDocument } from '../../app/ServicesContext';
import { LiveRanking } from './LiveRanking';
import { PresetBar } from './PresetBar';
import { useWeightedRanking } from './useWeightedRanking';
import { WeightPanel } from './WeightPanel';
import './weights.css';

const NO_PRESETS: WeightPreset[] = [];

/**
 * The moment the workshop is run for: presets, then the weight sliders beside the ranking they
 * drive. Grabbing a slider (or focusing a weight field, or choosing a preset) remembers the
 * order at that moment, and the ranking shows each item's movement since then.
 */
export function WeightsView({ onEditCriteria }: { onEditCriteria(): void }) {
  const ranking = useWeightedRanking();
  const saved = useDocument((s) => s.doc?.weightPresets ?? NO_PRESETS);
  const [reference, setReference] = useState<readonly string[] | null>(null);
  const [message, setMessage] = useState('');
  const ids = ranking.ids;
  const grab = useCallback(() => setReference(ids), [ids]);

  return (
    <div className="weights-view">
      <div className="weights-view__presets">
        <PresetBar criteria={ranking.criteria} saved={saved} onGrab={grab} onMessage={setMessage} />
        <p className="criteria__message" role="status">
          {message}
        </p>
      </div>
      <WeightPanel criteria={ranking.criteria} onGrab={grab} onEditCriteria={onEditCriteria} />
      <LiveRanking ranking={ranking} reference={reference} />
    </div>
  );
}
