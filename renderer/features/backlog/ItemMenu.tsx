import { useBacklogCommands } from './backlogCommands';
import { useBacklogUi } from './backlogUi';
import { MOVE_SHORTCUTS } from './moves';
import { RowMenu, type RowMenuEntry } from './RowMenu';

/** A row's menu: every move without dragging, details, duplicate, delete. */
export function ItemMenu({
  itemId,
  title,
  expanded,
}: {
  itemId: string;
  title: string;
  expanded: boolean;
}) {
  const commands = useBacklogCommands();
  const setExpanded = useBacklogUi((s) => s.setExpanded);
  const askPosition = useBacklogUi((s) => s.askPosition);
  const move = (kind: keyof typeof MOVE_SHORTCUTS, label: string): RowMenuEntry => ({
    label,
    shortcut: MOVE_SHORTCUTS[kind].label,
    keyShortcuts: MOVE_SHORTCUTS[kind].aria,
    onSelect: () => commands.move(itemId, MOVE_SHORTCUTS[kind].move),
  });
  const entries: RowMenuEntry[] = [
    move('up', 'Move up'),
    move('down', 'Move down'),
    move('top', 'Move to top'),
    move('bottom', 'Move to bottom'),
    { label: 'Move to position…', onSelect: () => askPosition(itemId) },
    {
      label: expanded ? 'Hide details' : 'Show details',
      separated: true,
      onSelect: () => setExpanded(expanded ? null : itemId),
    },
    { label: 'Duplicate', onSelect: () => commands.duplicate(itemId) },
    {
      label: 'Delete',
      shortcut: 'Del',
      keyShortcuts: 'Delete',
      onSelect: () => commands.remove(itemId),
    },
  ];
  return <RowMenu label={`Actions for ${title}`} entries={entries} />;
}
