import { screen } from '@testing-library/react';
import type { BacklogItem, Criterion, Workshop } from '../../../shared/workshop/schema';
import { fakeHost, sampleWorkshop } from '../../testing/fakeHost';
import { renderWithDocument, type RenderedApp } from '../../testing/renderApp';

/**
 * A small workshop whose ranking a test can reason about by hand. At 40 / 30 / 30:
 * Replicas 62.5, Failover 55, CLI 45. With Reliability at 60 (the others 20 / 20):
 * Failover 70, Replicas 50, CLI 30.
 */
export function testCriteria(): Criterion[] {
  const scale = { min: 1, max: 5 } as const;
  return [
    {
      id: 'rel',
      name: 'Reliability impact',
      direction: 'benefit',
      scale,
      weight: 40,
      locked: false,
    },
    { id: 'reach', name: 'Customer reach', direction: 'benefit', scale, weight: 30, locked: false },
    { id: 'effort', name: 'Effort', direction: 'cost', scale, weight: 30, locked: false },
  ];
}

export function testItem(
  id: string,
  title: string,
  rank: string,
  scores: Record<string, number>,
  rice: BacklogItem['rice'] = { reach: null, impact: null, confidence: null, effort: null },
): BacklogItem {
  return {
    id,
    title,
    description: '',
    trackId: null,
    tags: [],
    externalKey: null,
    externalUrl: null,
    rice,
    rank,
    scores,
    marketModelId: null,
  };
}

export function criteriaWorkshop(edit: (doc: Workshop) => Workshop = (doc) => doc): Workshop {
  const doc = sampleWorkshop('Storage planning');
  return edit({
    ...doc,
    criteria: testCriteria(),
    items: [
      testItem(
        'failover',
        'Failover',
        'a0',
        { rel: 5, reach: 2, effort: 4 },
        {
          reach: 100,
          impact: 1,
          confidence: 100,
          effort: 1,
        },
      ),
      testItem(
        'replicas',
        'Replicas',
        'a1',
        { rel: 2, reach: 5, effort: 2 },
        {
          reach: 500,
          impact: 1,
          confidence: 100,
          effort: 1,
        },
      ),
      testItem(
        'cli',
        'CLI',
        'a2',
        { rel: 1, reach: 3, effort: 1 },
        {
          reach: 300,
          impact: 1,
          confidence: 100,
          effort: 1,
        },
      ),
    ],
  });
}

export type CriteriaView =
  'Weights & ranking' | 'Scoring matrix' | 'Compare orders' | 'Edit criteria';

/** Opens `doc`, goes to the Criteria workspace and, if asked, one of its views. */
export async function openCriteria(
  doc: Workshop = criteriaWorkshop(),
  view: CriteriaView = 'Weights & ranking',
): Promise<RenderedApp> {
  const app = await renderWithDocument(fakeHost(), doc);
  await app.user.click(screen.getByRole('tab', { name: /Criteria/ }));
  if (view !== 'Weights & ranking') await app.user.click(screen.getByRole('tab', { name: view }));
  return app;
}

/** The item titles of the live ranking, top first. */
export function rankedTitles(): string[] {
  const list = screen.getByRole('list', { name: 'Items by weighted total' });
  return [...list.querySelectorAll('.ranking__title')].map((title) =>
    (title.firstChild?.textContent ?? '').trim(),
  );
}

export const weightsOf = (app: RenderedApp): number[] =>
  app.services.documents.getState().doc?.criteria.map((c) => c.weight) ?? [];

export const undoCount = (app: RenderedApp): number =>
  app.services.documents.temporal.getState().pastStates.length;
