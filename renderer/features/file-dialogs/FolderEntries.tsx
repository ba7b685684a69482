import type { FolderListing } from '../../../shared/ipc/contract';
import { formatSavedAt } from '../recovery/formatTime';

type Entry = FolderListing['entries'][number];

interface Props {
  entries: Entry[];
  selectedId: string | null;
  onFolder(entry: Entry): void;
  onWorkshop(entry: Entry): void;
  onWorkshopActivate(entry: Entry): void;
}

function sorted(entries: Entry[]): Entry[] {
  return [...entries].sort((a, b) =>
    a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'folder' ? -1 : 1,
  );
}

/** Folders first, then workshops; a folder opens on click, a workshop is selected. */
export function FolderEntries({
  entries,
  selectedId,
  onFolder,
  onWorkshop,
  onWorkshopActivate,
}: Props) {
  if (entries.length === 0) {
    return <p className="file-dialog__empty">This folder has no matching files or folders yet.</p>;
  }
  return (
    <ul className="file-dialog__entries" aria-label="Folder contents">
      {sorted(entries).map((entry) => (
        <li key={entry.id}>
          {entry.kind === 'folder' ? (
            <button type="button" className="file-dialog__entry" onClick={() => onFolder(entry)}>
              <FolderIcon />
              <span className="file-dialog__name">{entry.name}</span>
              <span className="file-dialog__kind">Folder</span>
            </button>
          ) : (
            <button
              type="button"
              className="file-dialog__entry"
              aria-pressed={entry.id === selectedId}
              onClick={() =>
                entry.id === selectedId ? onWorkshopActivate(entry) : onWorkshop(entry)
              }
              onDoubleClick={() => onWorkshopActivate(entry)}
            >
              <FileIcon />
              <span className="file-dialog__name">{entry.name}</span>
              <span className="file-dialog__kind">
                {entry.modifiedAt
                  ? formatSavedAt(entry.modifiedAt)
                  : entry.kind === 'csv'
                    ? 'CSV file'
                    : 'Workshop'}
              </span>
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

function FolderIcon() {
  return (
    <svg className="file-dialog__icon" viewBox="0 0 24 24" aria-hidden="true">
      <path d="M3 6.5A1.5 1.5 0 0 1 4.5 5h4.3l2 2h8.7A1.5 1.5 0 0 1 21 8.5v9a1.5 1.5 0 0 1-1.5 1.5h-15A1.5 1.5 0 0 1 3 17.5z" />
    </svg>
  );
}

function FileIcon() {
  return (
    <svg
      className="file-dialog__icon file-dialog__icon--file"
      viewBox="0 0 24 24"
      aria-hidden="true"
    >
      <path d="M6.5 3h7.8L19 7.7v11.8a1.5 1.5 0 0 1-1.5 1.5h-11A1.5 1.5 0 0 1 5 19.5v-15A1.5 1.5 0 0 1 6.5 3z" />
    </svg>
  );
}
