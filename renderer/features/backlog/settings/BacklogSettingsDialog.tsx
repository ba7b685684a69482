import { useId, useState } from 'react';
import type { Settings } from '../../../../shared/workshop/schema';
import { useServices } from '../../../app/ServicesContext';
import { Dialog } from '../../../ui/Dialog';
import { LevelEditor } from './LevelEditor';
import {
  checkDraft,
  draftFromSettings,
  LIMITS,
  type Problems,
  type SettingsDraft,
} from './settingsDraft';
import { TrackEditor } from './TrackEditor';
import './settings.css';

/**
 * What the backlog's numbers mean in this workshop: what reach counts, the tracks, and the
 * impact and confidence levels. Saved as one undo step; a revalued level carries every item
 * that held it.
 */
export function BacklogSettingsDialog({
  settings,
  onClose,
}: {
  settings: Settings;
  onClose(): void;
}) {
  const { documents } = useServices();
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFromSettings(settings));
  const [problems, setProblems] = useState<Problems>(new Map());
  const reachId = useId();
  const formId = useId();

  const change = (patch: Partial<SettingsDraft>) =>
    setDraft((current) => ({ ...current, ...patch }));

  const save = () => {
    const doc = documents.getState().doc;
    if (doc === null) return;
    const checked = checkDraft(draft, doc.settings, doc.roadmap.placements);
    setProblems(checked.problems);
    if (checked.edit === null) return;
    documents.getState().updateBacklogSettings(checked.edit);
    onClose();
  };

  const reachProblem = problems.get('reachUnit');
  return (
    <Dialog
      title="Backlog settings"
      wide
      description={<p>Changes apply to every item. Undo takes them back in one step.</p>}
      onCancel={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={formId} className="button button--primary">
            Save settings
          </button>
        </>
      }
    >
      <form
        id={formId}
        className="backlog-settings"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        {problems.size > 0 ? (
          <p className="field__error" role="alert">
            Some settings need fixing before they can be saved.
          </p>
        ) : null}
        <div className="field">
          <label htmlFor={reachId} className="field__label">
            Reach counts
          </label>
          <input
            id={reachId}
            className="field__input"
            value={draft.reachUnit}
            maxLength={LIMITS.reachUnit}
            placeholder="customers per quarter"
            aria-invalid={reachProblem !== undefined ? true : undefined}
            onChange={(event) => change({ reachUnit: event.target.value })}
          />
          {reachProblem !== undefined ? <span className="field__error">{reachProblem}</span> : null}
        </div>
        <TrackEditor
          tracks={draft.tracks}
          problems={problems}
          onChange={(tracks) => change({ tracks })}
        />
        <div className="backlog-settings__scales">
          <LevelEditor
            scale="impact"
            title="Impact levels"
            hint="Impact per person reached: 3 massive … 0.25 minimal."
            levels={draft.impact}
            problems={problems}
            onChange={(impact) => change({ impact })}
          />
          <LevelEditor
            scale="confidence"
            title="Confidence levels"
            hint="How sure the room is, in percent: 100 / 80 / 50."
            levels={draft.confidence}
            problems={problems}
            onChange={(confidence) => change({ confidence })}
          />
        </div>
      </form>
    </Dialog>
  );
}
