import type { MenuCommand } from '../../../shared/ipc/contract';
import type { AppServices } from '../../app/services';
import { toggleTheme } from '../../app/theme';
import { showAbout } from '../file-dialogs/ask';
import { closeWindow, closeWorkshop, newWorkshop, openRecent, openWorkshop } from './fileCommands';
import { save, saveAs } from './saveCommands';
import { exportRoadmapPdf } from '../print/exportPdf';
import { isTextField } from '../../ui/textField';

/** Every command the app runs, from its own menus, keyboard shortcuts or the host's menu. */
export type AppCommand = MenuCommand | 'openRecent' | 'closeWindow';
export type CommandSource = 'page' | 'keyboard' | 'host';

export interface CommandRequest {
  command: AppCommand;
  source: CommandSource;
  recentFileId?: string;
}

/**
 * What became of a request. `done`: it ran, perhaps after waiting for the one before it.
 * `duplicate`: the same intention was already running or waiting. `ignored`: a dialog had the
 * keyboard, as in any modal dialog. `refused`: another command was running and one was already
 * waiting; the user is told so.
 */
export type CommandOutcome = 'done' | 'duplicate' | 'ignored' | 'refused';

export type RunCommand = (request: CommandRequest) => Promise<CommandOutcome>;

/**
 * In Electron a native menu accelerator and the page's own shortcut can both see one key press;
 * the same command from the other source within this window is the same intention.
 */
const SAME_GESTURE_MS = 250;

/** Pressed twice, these act twice; any other command asked for again is the same intention. */
const REPEATABLE: ReadonlySet<AppCommand> = new Set(['undo', 'redo', 'toggleTheme']);

/** As the menus name them, for the message that says a command was not run. */
const COMMAND_NAMES: Record<AppCommand, string> = {
  new: 'New workshop',
  open: 'Open…',
  openRecent: 'Open recent',
  save: 'Save',
  saveAs: 'Save as…',
  close: 'Close',
  closeWindow: 'Close window',
  undo: 'Undo',
  redo: 'Redo',
  toggleTheme: 'Toggle dark theme',
  exportPdf: 'Export PDF',
  about: 'About Tradeoff',
};

function sameIntention(a: CommandRequest, b: CommandRequest): boolean {
  return a.command === b.command && a.recentFileId === b.recentFileId && !REPEATABLE.has(a.command);
}

/** A title being typed is part of the document the user expects to save: commit it first. */
function commitPendingEdit(): void {
  const active = document.activeElement;
  if (isTextField(active)) active.blur();
}

/**
 * Runs one command at a time. A command is over once its result is on screen (housekeeping such
 * as the recent list carries on in the background). One command that arrives meanwhile waits its
 * turn, and also waits for a dialog someone else opened to be answered; a further one is refused
 * with a notice. A key pressed while a dialog is open belongs to that dialog.
 */
export function createCommandRunner(
  services: AppServices,
  now: () => number = Date.now,
): RunCommand {
  const { documents, ui } = services;
  let current: CommandRequest | null = null;
  let waiting: {
    request: CommandRequest;
    settle: (outcome: Promise<CommandOutcome>) => void;
  } | null = null;
  let stopWatchingDialogs: (() => void) | null = null;
  let last: { command: AppCommand; source: CommandSource; at: number } | null = null;

  const dialogOpen = () => ui.getState().dialog !== null;

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

  const execute = async (request: CommandRequest): Promise<CommandOutcome> => {
    current = request;
    try {
      await perform(request);
      return 'done';
    } finally {
      current = null;
      startWaiting();
    }
  };

  /** Starts the waiting command once nothing runs and no dialog is open. */
  function startWaiting(): void {
    if (waiting === null || current !== null) return;
    if (dialogOpen()) {
      stopWatchingDialogs ??= ui.subscribe((state) => {
        if (state.dialog === null) startWaiting();
      });
      return;
    }
    stopWatchingDialogs?.();
    stopWatchingDialogs = null;
    const { request, settle } = waiting;
    waiting = null;
    settle(execute(request));
  }

  const refuse = (request: CommandRequest, busyWith: CommandRequest): CommandOutcome => {
    ui.getState().notify(
      'warning',
      `“${COMMAND_NAMES[request.command]}” was not run: Tradeoff is still busy with “${COMMAND_NAMES[busyWith.command]}”. Try again once it has finished.`,
    );
    return 'refused';
  };

  return async (request) => {
    const at = now();
    // Only a host menu can echo a key press; a click and a key press are two intentions.
    const echo =
      last !== null &&
      last.command === request.command &&
      last.source !== request.source &&
      (last.source === 'host' || request.source === 'host') &&
      at - last.at < SAME_GESTURE_MS;
    last = { command: request.command, source: request.source, at };
    if (echo) return 'duplicate';
    // A modal dialog owns the keyboard (and the page behind it is inert).
    if (request.source !== 'host' && dialogOpen()) return 'ignored';
    if (
      (current !== null && sameIntention(current, request)) ||
      (waiting !== null && sameIntention(waiting.request, request))
    ) {
      return 'duplicate';
    }
    if (current === null && !dialogOpen()) return execute(request);
    if (waiting !== null) return refuse(request, current ?? waiting.request);
    return new Promise<CommandOutcome>((resolve, reject) => {
      waiting = { request, settle: (outcome) => outcome.then(resolve, reject) };
      startWaiting();
    });
  };
}
