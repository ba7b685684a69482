import { contract } from '../../../shared/ipc/contract';

export const WORKSHOP_EXTENSION = '.tradeoff';

/** The contract's own rule for a file name (not a path), so the dialog and the host agree. */
const fileNameSchema = contract['workshop:saveAs'].request.shape.target.unwrap().shape.fileName;

/** A reason the name cannot be used, or null when it can. */
export function fileNameProblem(name: string): string | null {
  if (name.trim() === '') return 'Type a file name.';
  const parsed = fileNameSchema.safeParse(name);
  if (parsed.success) return null;
  return 'A file name cannot contain / \\ : * ? " < > | or be “.” or “..”.';
}

/** Adds the extension (`.tradeoff` by default) unless the name already ends with it. */
export function withExtension(name: string, extension = WORKSHOP_EXTENSION): string {
  const trimmed = name.trim();
  return trimmed.toLowerCase().endsWith(extension) ? trimmed : `${trimmed}${extension}`;
}

/** A file name proposed from the workshop title, e.g. `Q3 planning.tradeoff`. */
export function suggestFileName(title: string): string {
  const base = title
    .replace(/[\\/:*?"<>|]/g, '-')
    .replace(/\p{Cc}/gu, '')
    .trim()
    .slice(0, 120)
    .replace(/^\.+/, '');
  return withExtension(base === '' ? 'Untitled workshop' : base);
}
