import type { UiStore } from '../../state/uiStore';

/** Shows what the host is doing ("Saving…") in the status bar while `task` runs. */
export async function withBusy<T>(ui: UiStore, label: string, task: () => Promise<T>): Promise<T> {
  ui.setState({ busy: label });
  try {
    return await task();
  } finally {
    ui.setState({ busy: null });
  }
}
