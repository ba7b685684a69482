import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { BacklogItem, MarketModel, Workshop } from '../../../shared/workshop/schema';
import { ServicesProvider, useDocument } from '../../app/ServicesContext';
import { createServices } from '../../app/services';
import { fakeHost, sampleWorkshop } from '../../testing/fakeHost';
import type { RenderedApp } from '../../testing/renderApp';
import type { FakeBridge } from '../../bridge/fakeBridge';
import { MarketWorkspace } from './MarketWorkspace';

/** Fixtures and gestures shared by the market workspace's component tests. */

export function backlogItem(
  id: string,
  title: string,
  marketModelId: string | null = null,
): BacklogItem {
  return {
    id,
    title,
    description: '',
    trackId: null,
    tags: [],
    externalKey: null,
    externalUrl: null,
    rice: { reach: null, impact: null, confidence: null, effort: null },
    rank: `a${id.length}${id}`,
    scores: {},
    marketModelId,
  };
}

/**
 * Object storage archive tier, worked by hand. Top-down: $2B × 10% = $200M SAM, × 5% = $10M SOM.
 * Bottom-up: 1,000 customers × $100/month × 12 = $1.2M TAM, × 50% = $600K SAM, × 10% = $60K SOM.
 * The top-down TAM is 1,667× the bottom-up one: far beyond the 2× gap factor.
 */
export function archiveModel(): MarketModel {
  return {
    id: 'm-archive',
    name: 'Archive tier',
    notes: '',
    topDown: { totalSpend: 2_000_000_000, serviceablePct: 10, obtainablePct: 5 },
    segments: [
      {
        id: 'seg-smb',
        name: 'SMB',
        customers: 1_000,
        revenuePerCustomer: 100,
        revenuePeriod: 'month',
        serviceablePct: 50,
        obtainablePct: 10,
      },
    ],
    gapFactor: 2,
  };
}

export function workshopWith(edit: (doc: Workshop) => Workshop = (doc) => doc): Workshop {
  return edit(sampleWorkshop());
}

function OpenWorkspace() {
  const doc = useDocument((s) => s.doc);
  return doc ? <MarketWorkspace doc={doc} /> : null;
}

/**
 * The Market workspace over `doc`, with the app's real stores and a fake host, without the rest
 * of the app around it (the frame, menus and shortcuts have their own tests).
 */
export function openMarket(doc: Workshop, api: FakeBridge = fakeHost()): RenderedApp {
  const services = createServices(api);
  services.documents.getState().load(doc);
  const user = userEvent.setup();
  render(
    <ServicesProvider services={services}>
      <OpenWorkspace />
    </ServicesProvider>,
  );
  return { services, api, user };
}

/** Edit → Undo, as the menu and Ctrl+Z do. */
export function undo(app: RenderedApp): void {
  app.services.documents.getState().undo();
}

/** How many undo steps the document has. */
export function undoSteps(app: RenderedApp): number {
  return app.services.documents.temporal.getState().pastStates.length;
}

/** Types into a field and presses Enter, which commits it. */
export async function typeInto(
  app: RenderedApp,
  name: string | RegExp,
  text: string,
): Promise<HTMLElement> {
  const field = screen.getByRole('textbox', { name });
  await app.user.clear(field);
  await app.user.type(field, `${text}{Enter}`);
  return field;
}

/** Every text drawn in the chart region named `name`. */
export function chartTexts(name: string): string[] {
  const region = screen.getByRole('region', { name });
  return [...region.querySelectorAll('svg text')].map((node) => node.textContent ?? '');
}

export function modelList() {
  return within(screen.getByRole('navigation', { name: 'Models' }));
}
