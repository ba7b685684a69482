import { TextField } from './TextField';

interface ModelHeaderProps {
  /** `market model` or `growth model`, for the labels. */
  kind: string;
  name: string;
  onRename(name: string): void;
  onDuplicate(): void;
  onDelete(): void;
}

/**
 * The selected model's name (renamed in place) and what can be done to the whole model. Delete
 * asks nothing: like every edit it is one step of Undo.
 */
export function ModelHeader({ kind, name, onRename, onDuplicate, onDelete }: ModelHeaderProps) {
  return (
    <header className="model-header">
      <TextField
        label={`Name of the ${kind}`}
        value={name}
        maxLength={120}
        required
        className="model-header__name"
        onCommit={onRename}
      />
      <div className="model-header__actions">
        <button type="button" className="button" onClick={onDuplicate}>
          Duplicate
        </button>
        <button type="button" className="button" onClick={onDelete}>
          Delete
        </button>
      </div>
    </header>
  );
}
