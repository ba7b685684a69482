import { useRef, type KeyboardEvent } from 'react';
import { useUi } from './ServicesContext';
import { shortcutLabel } from './shortcutLabel';
import { tabId, WORKSPACE_PANEL_ID, WORKSPACES } from './workspaces';
import type { Workspace } from '../state/uiStore';

/** Tabs between the workspaces (WAI-ARIA tabs: arrows, Home and End move and select). */
export function WorkspaceTabs({ mac }: { mac: boolean }) {
  const current = useUi((s) => s.workspace);
  const setWorkspace = useUi((s) => s.setWorkspace);
  const list = useRef<HTMLDivElement>(null);

  const select = (workspace: Workspace) => {
    setWorkspace(workspace);
    list.current?.querySelector<HTMLElement>(`#${tabId(workspace)}`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = WORKSPACES.findIndex((w) => w.id === current);
    const count = WORKSPACES.length;
    const target = {
      ArrowRight: (index + 1) % count,
      ArrowLeft: (index - 1 + count) % count,
      Home: 0,
      End: count - 1,
    }[event.key];
    const next = target === undefined ? undefined : WORKSPACES[target];
    if (!next) return;
    event.preventDefault();
    select(next.id);
  };

  return (
    <div
      ref={list}
      className="workspace-tabs"
      role="tablist"
      aria-label="Workspaces"
      onKeyDown={onKeyDown}
    >
      {WORKSPACES.map((workspace) => {
        const selected = workspace.id === current;
        return (
          <button
            key={workspace.id}
            id={tabId(workspace.id)}
            type="button"
            role="tab"
            className="workspace-tabs__tab"
            aria-selected={selected}
            aria-controls={WORKSPACE_PANEL_ID}
            aria-keyshortcuts={mac ? `Meta+${workspace.digit}` : `Control+${workspace.digit}`}
            tabIndex={selected ? 0 : -1}
            onClick={() => setWorkspace(workspace.id)}
          >
            {workspace.label}
            <span className="workspace-tabs__shortcut" aria-hidden="true">
              {shortcutLabel(workspace.digit, mac)}
            </span>
          </button>
        );
      })}
    </div>
  );
}
