import type { Workspace } from '../state/uiStore';

export interface WorkspaceInfo {
  id: Workspace;
  label: string;
  /** Ctrl/Cmd + this digit switches to it. */
  digit: string;
}

/** The four steps of a workshop (BRIEF: prepare and score, decide, size, commit). */
export const WORKSPACES: readonly WorkspaceInfo[] = [
  { id: 'backlog', label: 'Backlog', digit: '1' },
  { id: 'criteria', label: 'Criteria', digit: '2' },
  { id: 'market', label: 'Market', digit: '3' },
  { id: 'roadmap', label: 'Roadmap', digit: '4' },
];

export function tabId(workspace: Workspace): string {
  return `workspace-tab-${workspace}`;
}

export const WORKSPACE_PANEL_ID = 'workspace-panel';
