import { TextField } from './TextField';

/** What can be done to a whole model of one kind (the document store's actions for it). */
export interface ModelActions {
  rename(id: string, name: string): void;
  /** Returns the copy's id. */
  duplicate(id: string): string;
  remove(id: string): void;
}

interface ModelHeaderProps {
  /** `market model` or `growth model`, for the labels. */
  kind: string;
  model: { id: string; name: string };
  actions: ModelActions;
  /** Shows a model (the copy after Duplicate), or none after Delete. */
  onSelect(id: string | null): void;
}

/**
 * The selected model's name (renamed in place) and what can be done to the whole model. Delete
 * asks nothing: like every edit it is one step of Undo.
 */
export function ModelHeader({ kind, model, actions, onSelect }: ModelHeaderProps) {
  const onDelete = () => {
    actions.remove(model.id);
    onSelect(null);
  };
  return (
    <header className="model-header">
      <TextField
        label={`Name of the ${kind}`}
        value={model.name}
        maxLength={120}
        required
        className="model-header__name"
        onCommit={(name) => actions.rename(model.id, name)}
      />
      <div className="model-header__actions">
        <button
          type="button"
          className="button"
          onClick={() => onSelect(actions.duplicate(model.id))}
        >
          Duplicate
        </button>
        <button type="button" className="button" onClick={onDelete}>
          Delete
        </button>
      </div>
    </header>
  );
}
