import type { ConflictChoice, DialogRequest, SaveTarget, UnsavedChoice } from '../../state/dialogs';
import type { UiStore } from '../../state/uiStore';
import type { ImportKind } from '../../../shared/ipc/contract';
import { WORKSHOP_EXTENSION } from '../shell/fileName';

/** Opens a dialog and resolves with the answer; the dialog closes as it answers. */
function show<R>(ui: UiStore, build: (resolve: (answer: R) => void) => DialogRequest): Promise<R> {
  return new Promise((resolve) => {
    const answer = (value: R) => {
      ui.setState({ dialog: null });
      resolve(value);
    };
    ui.setState({ dialog: build(answer) });
  });
}

export function askUnsaved(ui: UiStore, name: string, reason: string): Promise<UnsavedChoice> {
  return show(ui, (resolve) => ({ kind: 'unsaved', name, reason, resolve }));
}

export function askConflict(ui: UiStore, message: string): Promise<ConflictChoice> {
  return show(ui, (resolve) => ({ kind: 'conflict', message, resolve }));
}

export function showError(
  ui: UiStore,
  title: string,
  message: string,
  fieldPath: string | null = null,
): Promise<void> {
  return show(ui, (resolve) => ({ kind: 'error', title, message, fieldPath, resolve }));
}

export function askConfirm(
  ui: UiStore,
  title: string,
  message: string,
  confirmLabel: string,
): Promise<boolean> {
  return show(ui, (resolve) => ({ kind: 'confirm', title, message, confirmLabel, resolve }));
}

export function askOpenFile(
  ui: UiStore,
  options: { accept?: ImportKind; title?: string } = {},
): Promise<string | null> {
  const accept = options.accept ?? 'workshop';
  const title = options.title ?? 'Open a workshop';
  return show(ui, (resolve) => ({ kind: 'openFile', accept, title, resolve }));
}

export function askSaveFile(
  ui: UiStore,
  suggestedName: string,
  options: { extension?: string; title?: string } = {},
): Promise<SaveTarget | null> {
  const extension = options.extension ?? WORKSHOP_EXTENSION;
  const title = options.title ?? 'Save workshop as';
  return show(ui, (resolve) => ({ kind: 'saveFile', suggestedName, extension, title, resolve }));
}

export function showRecovery(ui: UiStore): Promise<void> {
  return show(ui, (resolve) => ({ kind: 'recovery', resolve }));
}

export function showAbout(ui: UiStore): Promise<void> {
  return show(ui, (resolve) => ({ kind: 'about', resolve }));
}
