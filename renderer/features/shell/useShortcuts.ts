import { useEffect } from 'react';
import { useServices } from '../../app/ServicesContext';
import { WORKSPACES } from '../../app/workspaces';
import type { AppCommand, RunCommand } from './commandRunner';

function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.matches('input, textarea, select'))
  );
}

/** Ctrl (or ⌘) + key → command; `null` when the key is not one of ours. */
export function commandForKey(event: KeyboardEvent): AppCommand | null {
  const key = event.key.toLowerCase();
  if (key === 'n' && !event.shiftKey) return 'new';
  if (key === 'o' && !event.shiftKey) return 'open';
  if (key === 's') return event.shiftKey ? 'saveAs' : 'save';
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

/**
 * The keyboard shortcuts of the File and Edit menus and Ctrl/⌘+1…4 for the workspaces. Undo and
 * redo inside a text field stay the field's own.
 */
export function useShortcuts(run: RunCommand): void {
  const { documents, ui } = useServices();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.defaultPrevented) return;
      // Digits by physical key, so that layouts where 1 needs Shift (AZERTY) work too.
      const workspace = WORKSPACES.find((w) => event.code === `Digit${w.digit}`);
      if (workspace && !event.shiftKey) {
        event.preventDefault();
        if (documents.getState().doc && ui.getState().dialog === null)
          ui.getState().setWorkspace(workspace.id);
        return;
      }
      const command = commandForKey(event);
      if (!command) return;
      if ((command === 'undo' || command === 'redo') && isTextField(event.target)) return;
      event.preventDefault();
      void run({ command, source: 'keyboard' });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [run, documents, ui]);
}
