import type { MenuCommand } from '../../../shared/ipc/contract';
import type { AppServices } from '../../app/services';
import { toggleTheme } from '../../app/theme';
import { showAbout } from '../file-dialogs/ask';
import { closeWindow, closeWorkshop, newWorkshop, openRecent, openWorkshop } from './fileCommands';
import { save, saveAs } from './saveCommands';
import { exportRoadmapPdf } from '../print/exportPdf';

/** Every command the app runs, from its own menus, keyboard shortcuts or the host's menu. */
export type AppCommand = MenuCommand | 'openRecent' | 'closeWindow';
export type CommandSource = 'page' | 'keyboard' | 'host';

export interface CommandRequest {
  command: AppCommand;
  source: CommandSource;
  recentFileId?: string;
}

export type RunCommand = (request: CommandRequest) => Promise<void>;

/**
 * In Electron a native menu accelerator and the page's own shortcut can both see one key press;
 * the same command from the other source within this window is the same intention.
 */
const SAME_GESTURE_MS = 250;

function isTextField(element: Element | null): element is HTMLElement {
  return (
    element instanceof HTMLElement &&
    (element.isContentEditable || element.matches('input, textarea, select'))
  );
}

/** A title being typed is part of the document the user expects to save: commit it first. */
function commitPendingEdit(): void {
  const active = document.activeElement;
  if (isTextField(active)) active.blur();
}

export function createCommandRunner(
  services: AppServices,
  now: () => number = Date.now,
): RunCommand {
  const { documents, ui } = services;
  let running = false;
  let last: { command: AppCommand; source: CommandSource; at: number } | null = null;

  const undoOrRedo = (which: 'undo' | 'redo') => {
    // From a host menu while typing in a field, Undo means the field's own text undo.
    if (isTextField(document.activeElement)) document.execCommand(which);
    else documents.getState()[which]();
  };

  const perform = async ({ command, recentFileId }: CommandRequest): Promise<void> => {
    switch (command) {
      case 'undo':
      case 'redo':
        return undoOrRedo(command);
      case 'toggleTheme':
        return toggleTheme(services);
      case 'about':
        return showAbout(ui);
    }
    commitPendingEdit();
    switch (command) {
      case 'new':
        return newWorkshop(services);
      case 'open':
        return recentFileId ? openRecent(services, recentFileId) : openWorkshop(services);
      case 'openRecent':
        return recentFileId ? openRecent(services, recentFileId) : undefined;
      case 'save':
        return void (await save(services));
      case 'saveAs':
        return void (await saveAs(services));
      case 'close':
        return closeWorkshop(services);
      case 'closeWindow':
        return closeWindow(services);
      case 'exportPdf':
        return void (await exportRoadmapPdf(services));
    }
  };

  return async (request) => {
    const at = now();
    const echo =
      last !== null &&
      last.command === request.command &&
      last.source !== request.source &&
      at - last.at < SAME_GESTURE_MS;
    last = { command: request.command, source: request.source, at };
    // One thing at a time: a command waiting for an answer owns the screen.
    if (echo || running || ui.getState().dialog !== null) return;
    running = true;
    try {
      await perform(request);
    } finally {
      running = false;
    }
  };
}
