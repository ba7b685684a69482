import { displayTitle } from '../../../shared/backlog/items';
import { useBacklogCommands } from './backlogCommands';
import { useBacklogUi } from './backlogUi';
import { PositionDialog } from './PositionDialog';
import { useBacklogItem } from './useBacklogItem';

/** The "Move to position…" dialog of whichever row asked for it. */
export function PositionDialogHost({
  visibleIds,
  filtered,
}: {
  visibleIds: readonly string[];
  filtered: boolean;
}) {
  const itemId = useBacklogUi((s) => s.positionDialogFor);
  const askPosition = useBacklogUi((s) => s.askPosition);
  const commands = useBacklogCommands();
  const item = useBacklogItem(itemId ?? '');
  if (itemId === null || item === undefined) return null;
  const close = () => askPosition(null);
  return (
    <PositionDialog
      title={displayTitle(item)}
      current={visibleIds.indexOf(itemId) + 1}
      count={visibleIds.length}
      filtered={filtered}
      onCancel={close}
      onMove={(position) => {
        close();
        commands.move(itemId, { kind: 'position', position });
      }}
    />
  );
}
