import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { newMarketModel } from './marketRecipes';
import {
  archiveModel,
  backlogItem,
  modelList,
  openMarket,
  undo,
  undoSteps,
  workshopWith,
} from './marketTesting';

afterEach(cleanup);

const doc = () =>
  workshopWith((d) => ({
    ...d,
    markets: [archiveModel(), newMarketModel('m-edge', 'Edge cache')],
    items: [
      backlogItem('i1', 'Cold storage tier'),
      backlogItem('i2', 'Object lock', 'm-edge'),
      backlogItem('i3', 'Typed SDK'),
    ],
  }));

const attachedList = () => screen.queryByRole('list', { name: 'Items sized by Archive tier' });
const itemOf = (app: ReturnType<typeof openMarket>, id: string) =>
  app.services.documents.getState().doc?.items.find((i) => i.id === id);

describe('attached items', () => {
  it('attaches a backlog item, which then points at the model and shows its SOM', async () => {
    const app = openMarket(doc());
    // Bottom-up SOM of the archive model: 1,000 × $1,200 × 50% × 10% = $60K.
    expect(screen.getByText(/They show its SOM: \$60K a year \(bottom-up\)/)).toBeTruthy();
    expect(attachedList()).toBeNull();
    await app.user.selectOptions(
      screen.getByRole('combobox', { name: 'Attach a backlog item' }),
      'Cold storage tier',
    );
    await app.user.click(screen.getByRole('button', { name: 'Attach' }));
    expect(within(attachedList() as HTMLElement).getByText('Cold storage tier')).toBeTruthy();
    expect(itemOf(app, 'i1')?.marketModelId).toBe('m-archive');
    expect(undoSteps(app)).toBe(1);
  });

  it('names the model an item is sized by, and attaching moves it', async () => {
    const app = openMarket(doc());
    const select = screen.getByRole('combobox', { name: 'Attach a backlog item' });
    const option = within(select).getByRole('option', {
      name: 'Object lock (sized by Edge cache)',
    });
    await app.user.selectOptions(select, option);
    await app.user.click(screen.getByRole('button', { name: 'Attach' }));
    expect(itemOf(app, 'i2')?.marketModelId).toBe('m-archive');
  });

  it('detaches an item, and undo attaches it again', async () => {
    const app = openMarket(doc());
    await app.user.click(modelList().getByRole('button', { name: 'Edge cache' }));
    await app.user.click(screen.getByRole('button', { name: 'Detach Object lock' }));
    expect(itemOf(app, 'i2')?.marketModelId).toBeNull();
    expect(screen.getByText('No backlog item is attached to this model yet.')).toBeTruthy();
    act(() => undo(app));
    expect(itemOf(app, 'i2')?.marketModelId).toBe('m-edge');
  });

  it('detaches the items of a deleted model in the same undo step', async () => {
    const app = openMarket(doc());
    await app.user.click(modelList().getByRole('button', { name: 'Edge cache' }));
    await app.user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(itemOf(app, 'i2')?.marketModelId).toBeNull();
    expect(undoSteps(app)).toBe(1);
    act(() => undo(app));
    expect(itemOf(app, 'i2')?.marketModelId).toBe('m-edge');
  });

  it('says so when the backlog is empty', () => {
    openMarket(workshopWith((d) => ({ ...d, markets: [archiveModel()] })));
    expect(screen.getByText('The backlog has no items to attach yet.')).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Attach a backlog item' })).toBeNull();
  });
});
