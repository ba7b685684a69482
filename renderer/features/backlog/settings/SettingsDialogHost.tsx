import { useDocument } from '../../../app/ServicesContext';
import { useBacklogUi } from '../backlogUi';
import { BacklogSettingsDialog } from './BacklogSettingsDialog';

/** Opens the backlog settings when the toolbar asks. */
export function SettingsDialogHost() {
  const open = useBacklogUi((s) => s.settingsOpen);
  const setOpen = useBacklogUi((s) => s.setSettingsOpen);
  const settings = useDocument((s) => s.doc?.settings);
  if (!open || settings === undefined) return null;
  return <BacklogSettingsDialog settings={settings} onClose={() => setOpen(false)} />;
}
