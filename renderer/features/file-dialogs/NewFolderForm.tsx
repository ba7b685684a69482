import { useId, useState, type FormEvent } from 'react';
import { fileNameProblem } from '../shell/fileName';

/** Names a new folder inside the one shown. */
export function NewFolderForm({
  onCreate,
  onCancel,
}: {
  onCreate(name: string): Promise<boolean>;
  onCancel(): void;
}) {
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const errorId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    const reason = fileNameProblem(trimmed);
    if (reason) {
      setProblem(reason.replace('file name', 'folder name'));
      return;
    }
    if (await onCreate(trimmed)) onCancel();
  };

  return (
    <form className="file-dialog__new-folder" onSubmit={(event) => void submit(event)}>
      <label className="field__label" htmlFor={id}>
        Folder name
      </label>
      <input
        id={id}
        className="field__input"
        value={name}
        autoFocus
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
        onChange={(event) => {
          setName(event.target.value);
          setProblem(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onCancel();
          }
        }}
      />
      <button type="submit" className="button">
        Create folder
      </button>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      {problem ? (
        <span id={errorId} className="field__error" role="alert">
          {problem}
        </span>
      ) : null}
    </form>
  );
}
