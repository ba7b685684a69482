import { initialRanks } from '../../../shared/backlog/rankKeys';
import { createBacklogItem } from '../../../shared/backlog/items';
import type { Placement, Roadmap, Workshop } from '../../../shared/workshop/schema';
import { screen, within } from '@testing-library/react';
import { fakeHost, sampleWorkshop } from '../../testing/fakeHost';
import { renderWithDocument, type RenderedApp } from '../../testing/renderApp';

/**
 * A small platform-team workshop for the roadmap's tests: the default three tracks, a 2027 Q1
 * board of 4 quarters with 12 person-months each, and these items in this manual order.
 */
export const NEW = 'track-new-services';
export const REL = 'track-reliability';
export const DX = 'track-devex';

const ITEMS = [
  { id: 'failover', title: 'Regional failover', trackId: REL, effort: 9, reach: 4000 },
  { id: 'replicas', title: 'Postgres read replicas', trackId: NEW, effort: 6, reach: 1800 },
  { id: 'latency', title: 'Cut P99 latency', trackId: REL, effort: 4, reach: 6000 },
  { id: 'terraform', title: 'Terraform provider v2', trackId: DX, effort: 3, reach: 2200 },
  { id: 'quota', title: 'Quota self-service', trackId: REL, effort: null, reach: 2600 },
] as const;

export function boardWorkshop(
  placements: Placement[] = [],
  roadmap: Partial<Roadmap> = {},
): Workshop {
  const doc = sampleWorkshop('Roadmap test');
  const ranks = initialRanks(ITEMS.length);
  const items = ITEMS.map((item, i) =>
    createBacklogItem({
      id: item.id,
      title: item.title,
      trackId: item.trackId,
      rank: ranks[i] ?? 'a0',
      rice: { reach: item.reach, impact: 2, confidence: 80, effort: item.effort },
    }),
  );
  return {
    ...doc,
    items,
    roadmap: {
      layout: 'quarters',
      startYear: 2027,
      startQuarter: 1,
      periodCount: 4,
      scoreBasis: 'rice',
      capacity: [12, 12, 12, 12],
      placements,
      ...roadmap,
    },
  };
}

export function placed(
  itemId: string,
  trackId: string,
  periodIndex: number,
  slot = 'a0',
  span = 1,
): Placement {
  return { itemId, trackId, periodIndex, span, slot };
}

/** Opens `doc` in the app over a fake host and switches to the Roadmap workspace. */
export async function openBoard(doc: Workshop, host = fakeHost()): Promise<RenderedApp> {
  const app = await renderWithDocument(host, doc);
  await app.user.click(screen.getByRole('tab', { name: /Roadmap/ }));
  return app;
}

export const board = () => screen.getByRole('region', { name: 'Roadmap board' });
export const backlog = () => screen.getByRole('region', { name: 'Ranked backlog' });
export const announcement = () =>
  screen.getByRole('status', { name: 'Roadmap announcements' }).textContent ?? '';

/** The titles of the cards starting in a cell, top to bottom. */
export function cardsIn(cellName: string): (string | null)[] {
  return within(within(board()).getByRole('list', { name: cellName }))
    .queryAllByRole('button')
    .filter((button) => button.hasAttribute('data-card-handle'))
    .map((button) => button.getAttribute('aria-label'));
}

export const roadmapOf = (app: RenderedApp) => app.services.documents.getState().doc?.roadmap;
export const undoCount = (app: RenderedApp) =>
  app.services.documents.temporal.getState().pastStates.length;

/**
 * jsdom lays nothing out, so the virtualized backlog would see a zero-height window: give every
 * element the size of a window, as a browser would, so every row of a small backlog exists.
 */
export function giveElementsAWindowSize(): void {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get: () => 800,
  });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => 1200,
  });
}
