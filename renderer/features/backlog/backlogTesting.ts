import { screen, within } from '@testing-library/react';
import { createBacklogItem } from '../../../shared/backlog/items';
import { initialRanks } from '../../../shared/backlog/rankKeys';
import { manualOrder } from '../../../shared/backlog/ranking';
import type { BacklogItem, Rice, Workshop } from '../../../shared/workshop/schema';
import type { FakeHandlers } from '../../bridge/fakeBridge';
import { fakeHost, sampleWorkshop } from '../../testing/fakeHost';
import { renderWithDocument, type RenderedApp } from '../../testing/renderApp';

/** One item of a test backlog: a title, and whatever else the story needs. */
export type ItemSpec = Partial<Omit<BacklogItem, 'rice' | 'rank'>> & {
  title: string;
  rice?: Partial<Rice>;
};

/** A workshop whose manual order is the order of `specs`. */
export function backlogWorkshop(specs: readonly ItemSpec[]): Workshop {
  const doc = sampleWorkshop();
  const ranks = initialRanks(specs.length);
  doc.items = specs.map((spec, index) =>
    createBacklogItem({
      ...spec,
      id: spec.id ?? `item-${index + 1}`,
      rank: ranks[index] ?? 'a0',
      rice: { reach: null, impact: null, confidence: null, effort: null, ...spec.rice },
    }),
  );
  return doc;
}

/**
 * jsdom lays nothing out, so the virtualized list would see a zero-height window: give every
 * element a height, as a browser window would, so that all rows of a small backlog exist.
 */
export function giveElementsAHeight(): void {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get: () => 800,
  });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => 1200,
  });
}

export async function renderBacklog(
  doc: Workshop,
  handlers: FakeHandlers = {},
  dialogs: 'in-app' | 'native' = 'native',
): Promise<RenderedApp> {
  const app = await renderWithDocument(fakeHost(handlers, dialogs), doc);
  await screen.findByRole('button', { name: 'Import CSV…' });
  return app;
}

export function roomList() {
  return screen.getByRole('list', { name: "Backlog in the room's order" });
}

export function row(title: string) {
  return within(roomList()).getByRole('listitem', { name: title });
}

/** Titles as the rows show them, top to bottom. */
export function shownTitles(): string[] {
  return within(roomList())
    .getAllByRole('listitem')
    .sort(
      (a, b) => Number(a.getAttribute('aria-posinset')) - Number(b.getAttribute('aria-posinset')),
    )
    .map((element) => element.getAttribute('aria-label') ?? '');
}

/** Titles in the document's manual order. */
export function documentOrder(app: RenderedApp): string[] {
  return manualOrder(app.services.documents.getState().doc?.items ?? []).map((item) => item.title);
}

export function undoCount(app: RenderedApp): number {
  return app.services.documents.temporal.getState().pastStates.length;
}
