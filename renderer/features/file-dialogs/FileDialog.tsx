import { useId, useRef, useState, type FormEvent } from 'react';
import { useServices } from '../../app/ServicesContext';
import type { SaveTarget } from '../../state/dialogs';
import type { ImportKind } from '../../../shared/ipc/contract';
import { Dialog } from '../../ui/Dialog';
import { fileNameProblem, withExtension } from '../shell/fileName';
import { FolderEntries } from './FolderEntries';
import { NewFolderForm } from './NewFolderForm';
import { useFolder } from './useFolder';
import './fileDialog.css';

type Props =
  | { mode: 'open'; accept: ImportKind; title: string; onDone(fileId: string | null): void }
  | {
      mode: 'save';
      suggestedName: string;
      extension: string;
      title: string;
      onDone(target: SaveTarget | null): void;
    };

/**
 * The browser host's Open and Save as: browse the workshop folder the host shares, make a folder,
 * pick a `.tradeoff` file or type a name. Only ids the host handed out go back to it.
 */
export function FileDialog(props: Props) {
  const { api } = useServices();
  const folder = useFolder(api, props.mode === 'open' ? props.accept : 'workshop');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [fileName, setFileName] = useState(props.mode === 'save' ? props.suggestedName : '');
  const [problem, setProblem] = useState<string | null>(null);
  const [creatingFolder, setCreatingFolder] = useState(false);
  const nameField = useRef<HTMLInputElement>(null);
  const nameId = useId();
  const problemId = useId();
  const { listing } = folder;

  const cancel = () => (props.mode === 'open' ? props.onDone(null) : props.onDone(null));

  const openFile = (fileId: string | null) => {
    if (props.mode === 'open' && fileId) props.onDone(fileId);
  };

  const submitSave = (event: FormEvent) => {
    event.preventDefault();
    if (props.mode !== 'save' || !listing) return;
    const name = withExtension(fileName, props.extension);
    const reason = fileNameProblem(fileName) ?? fileNameProblem(name);
    if (reason) {
      setProblem(reason);
      nameField.current?.focus();
      return;
    }
    props.onDone({ folderId: listing.folder.id, fileName: name });
  };

  const goTo = (folderId?: string) => {
    setSelectedId(null);
    setCreatingFolder(false);
    void folder.go(folderId);
  };

  const title = props.title;
  const formId = `${nameId}-form`;

  return (
    <Dialog
      title={title}
      description={<p>Files are kept in the folder this Tradeoff shares with the browser.</p>}
      wide
      initialFocus={props.mode === 'save' ? nameField : undefined}
      onCancel={cancel}
      actions={
        <>
          <button type="button" className="button" onClick={cancel}>
            Cancel
          </button>
          {props.mode === 'open' ? (
            <button
              type="button"
              className="button button--primary"
              disabled={!selectedId}
              onClick={() => openFile(selectedId)}
            >
              Open
            </button>
          ) : (
            <button
              type="submit"
              form={formId}
              className="button button--primary"
              disabled={!listing}
            >
              Save
            </button>
          )}
        </>
      }
    >
      <div className="file-dialog__bar">
        <span className="file-dialog__location" aria-live="polite">
          {listing ? listing.folder.displayPath : folder.loading ? 'Loading…' : ''}
        </span>
        <button
          type="button"
          className="button"
          disabled={!listing?.parentId}
          onClick={() => goTo(listing?.parentId ?? undefined)}
        >
          Up one folder
        </button>
        <button
          type="button"
          className="button"
          disabled={!listing}
          onClick={() => setCreatingFolder(true)}
        >
          New folder
        </button>
      </div>
      {creatingFolder ? (
        <NewFolderForm onCreate={folder.createFolder} onCancel={() => setCreatingFolder(false)} />
      ) : null}
      {folder.error ? (
        <div className="file-dialog__error" role="alert">
          {folder.error}{' '}
          <button type="button" className="button" onClick={() => goTo(listing?.folder.id)}>
            Try again
          </button>
        </div>
      ) : null}
      <div className="file-dialog__list">
        {listing ? (
          <FolderEntries
            entries={listing.entries}
            selectedId={selectedId}
            onFolder={(entry) => goTo(entry.id)}
            onWorkshop={(entry) => {
              setSelectedId(entry.id);
              if (props.mode === 'save') {
                setFileName(entry.name);
                setProblem(null);
              }
            }}
            onWorkshopActivate={(entry) => openFile(entry.id)}
          />
        ) : null}
      </div>
      {props.mode === 'save' ? (
        <form id={formId} className="file-dialog__save" onSubmit={submitSave}>
          <label className="field__label" htmlFor={nameId}>
            File name
          </label>
          <input
            ref={nameField}
            id={nameId}
            className="field__input"
            value={fileName}
            maxLength={200}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? problemId : undefined}
            onChange={(event) => {
              setFileName(event.target.value);
              setProblem(null);
            }}
          />
          {problem ? (
            <span id={problemId} className="field__error" role="alert">
              {problem}
            </span>
          ) : null}
        </form>
      ) : null}
    </Dialog>
  );
}
