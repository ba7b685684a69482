import type { Announcements } from '@dnd-kit/core';
import { quarterLabel } from '../../../shared/roadmap/periods';
import type { Roadmap } from '../../../shared/workshop/schema';
import { plural } from '../../app/WorkspaceIntro';
import { KEYBOARD_HELP } from './announcements';

/** Read with every card and backlog item (dnd-kit puts it in their aria-describedby). */
export const DRAG_INSTRUCTIONS = `Press Space or Enter to pick it up. ${KEYBOARD_HELP} Its Actions menu moves it without dragging.`;

/**
 * The board announces moves itself, with period and track names (announcements.ts), in its
 * own status line; dnd-kit's generic ones ("Draggable item card:x was moved over…") would only
 * repeat them less clearly.
 */
export const SILENT_DND: Announcements = {
  onDragStart: () => undefined,
  onDragMove: () => undefined,
  onDragOver: () => undefined,
  onDragEnd: () => undefined,
  onDragCancel: () => undefined,
};

/** Said after fewer quarters leave cards past the end (they are kept, not deleted). */
export function beyondEndText(roadmap: Roadmap, count: number): string | null {
  if (count === 0 || roadmap.layout !== 'quarters') return null;
  const last = quarterLabel(roadmap, roadmap.periodCount - 1);
  return `${plural(count, 'item')} now ${count === 1 ? 'starts' : 'start'} after ${last}. ${count === 1 ? 'It stays' : 'They stay'} in the file: add quarters to see ${count === 1 ? 'it' : 'them'} again.`;
}
