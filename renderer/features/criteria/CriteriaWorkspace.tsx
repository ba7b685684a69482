import { useRef, useState, type KeyboardEvent } from 'react';
import type { Workshop } from '../../../shared/workshop/schema';
import { CompareView } from './CompareView';
import { CriteriaSetup } from './CriteriaSetup';
import { MatrixView } from './MatrixView';
import { WeightsView } from './WeightsView';
import './criteria.css';

type View = 'weights' | 'matrix' | 'compare' | 'setup';

const VIEWS: readonly { id: View; label: string }[] = [
  { id: 'weights', label: 'Weights & ranking' },
  { id: 'matrix', label: 'Scoring matrix' },
  { id: 'compare', label: 'Compare orders' },
  { id: 'setup', label: 'Edit criteria' },
];

const tabId = (view: View) => `criteria-view-tab-${view}`;
const PANEL_ID = 'criteria-view-panel';

/**
 * Weighted criteria (issue 4): weights and the live ranking they drive, the scoring matrix, the
 * RICE / weighted / manual comparison, and the criteria themselves. Each view reads the document
 * through its own selectors, so a slider move re-renders what shows weights and ranks only.
 * `doc` is what the workspace panel passes every workspace; the views select their own slices.
 */
export function CriteriaWorkspace(_props: { doc: Workshop }) {
  const [view, setView] = useState<View>('weights');
  const tabs = useRef<HTMLDivElement>(null);

  const select = (next: View) => {
    setView(next);
    tabs.current?.querySelector<HTMLElement>(`#${tabId(next)}`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = VIEWS.findIndex((v) => v.id === view);
    const target = {
      ArrowRight: (index + 1) % VIEWS.length,
      ArrowLeft: (index - 1 + VIEWS.length) % VIEWS.length,
      Home: 0,
      End: VIEWS.length - 1,
    }[event.key];
    const next = target === undefined ? undefined : VIEWS[target];
    if (!next) return;
    event.preventDefault();
    select(next.id);
  };

  return (
    <div className="criteria">
      {/* Title and views share one line: the room's screen is for sliders and ranks. */}
      <div className="criteria__top">
        <h2 className="workspace__title criteria__title">Criteria</h2>
        <div
          ref={tabs}
          className="criteria__tabs"
          role="tablist"
          aria-label="Criteria views"
          onKeyDown={onKeyDown}
        >
          {VIEWS.map((v) => (
            <button
              key={v.id}
              id={tabId(v.id)}
              type="button"
              role="tab"
              className="criteria__tab"
              aria-selected={v.id === view}
              aria-controls={PANEL_ID}
              tabIndex={v.id === view ? 0 : -1}
              onClick={() => setView(v.id)}
            >
              {v.label}
            </button>
          ))}
        </div>
      </div>
      <div id={PANEL_ID} role="tabpanel" aria-labelledby={tabId(view)} className="criteria__panel">
        {view === 'weights' ? <WeightsView onEditCriteria={() => select('setup')} /> : null}
        {view === 'matrix' ? <MatrixView /> : null}
        {view === 'compare' ? <CompareView /> : null}
        {view === 'setup' ? <CriteriaSetup /> : null}
      </div>
    </div>
  );
}
