import { boardColumns } from '../../../shared/roadmap/periods';
import { cellPlacements } from '../../../shared/roadmap/placements';
import type { Roadmap, Workshop } from '../../../shared/workshop/schema';
import type { DocumentStore } from '../../state/documentStore';
import { cancelled, dropped, type BoardNames, type Spot } from './announcements';
import {
  applyTarget,
  currentTarget,
  sameTarget,
  type DragTarget,
  type Sizing,
} from './dropTargets';

/**
 * One move of one item, by mouse or keyboard, as one undo entry (STYLE §6): `start` opens a
 * gesture, every `preview` shows the item at a new target on the live board (capacity and balance
 * follow it), `finish` records the move, `cancel` puts the board back as it was.
 */

export interface MoveSession {
  readonly itemId: string;
  readonly title: string;
  /** The roadmap when the move began; every preview is computed from it. */
  readonly base: Roadmap;
  readonly origin: DragTarget;
  /** Where the item is shown now; null: nowhere new (the pointer is off every target). */
  target: DragTarget | null;
  readonly sizing: Sizing;
}

export type FinishResult = 'moved' | 'unchanged';

export class MoveController {
  private session: MoveSession | null = null;

  constructor(
    private readonly documents: DocumentStore,
    private readonly announce: (text: string) => void,
  ) {}

  get current(): MoveSession | null {
    return this.session;
  }

  start(itemId: string): MoveSession | null {
    if (this.session) this.cancel();
    const doc = this.documents.getState().doc;
    const item = doc?.items.find((i) => i.id === itemId);
    if (!doc || !item) return null;
    this.documents.getState().beginGesture();
    const origin = currentTarget(doc.roadmap, itemId);
    this.session = {
      itemId,
      title: item.title,
      base: doc.roadmap,
      origin,
      target: origin,
      sizing: { effort: item.rice.effort, trackCount: doc.settings.tracks.length },
    };
    return this.session;
  }

  /** Shows the item at `target`; false when it already was there. */
  preview(target: DragTarget | null): boolean {
    const session = this.session;
    if (!session || sameTarget(session.target, target)) return false;
    session.target = target;
    const roadmap =
      target === null
        ? session.base
        : applyTarget(session.base, session.itemId, target, session.sizing);
    this.documents.getState().changeRoadmap(() => roadmap);
    return true;
  }

  /** Drops the item where it is shown. Back where it started, nothing is recorded. */
  finish(): FinishResult {
    const session = this.session;
    if (!session) return 'unchanged';
    const target = session.target;
    if (target === null || sameTarget(target, session.origin)) {
      this.cancel();
      return 'unchanged';
    }
    this.session = null;
    this.documents.getState().endGesture();
    this.announce(dropped(session.title, this.names(), session.origin, this.spot(target)));
    return 'moved';
  }

  cancel(): void {
    const session = this.session;
    if (!session) return;
    this.session = null;
    this.documents.getState().cancelGesture();
    this.announce(cancelled(session.title, this.names(), this.spot(session.origin)));
  }

  /** Where the item is on the board as shown now. */
  whereIs(itemId: string): DragTarget {
    const roadmap = this.documents.getState().doc?.roadmap;
    return roadmap ? currentTarget(roadmap, itemId) : { kind: 'backlog' };
  }

  /** The names of the board's periods and tracks, for announcements. */
  names(): BoardNames {
    const doc = this.documents.getState().doc;
    return doc ? namesOf(doc) : { columns: [], tracks: [] };
  }

  /** A target with the number of cards in its cell on the board as shown now. */
  spot(target: DragTarget): Spot {
    const roadmap = this.documents.getState().doc?.roadmap;
    if (target.kind === 'backlog' || !roadmap) return { target, cardCount: 0 };
    return {
      target,
      cardCount: cellPlacements(roadmap, target.trackId, target.columnIndex).length,
    };
  }
}

export function namesOf(doc: Workshop): BoardNames {
  return { columns: boardColumns(doc.roadmap), tracks: doc.settings.tracks };
}
