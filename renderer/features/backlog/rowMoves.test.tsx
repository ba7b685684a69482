import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  backlogWorkshop,
  documentOrder,
  giveElementsAHeight,
  renderBacklog,
  row,
  shownTitles,
  undoCount,
} from './backlogTesting';

beforeAll(giveElementsAHeight);
afterEach(cleanup);

const five = () =>
  backlogWorkshop([
    { title: 'Alpha', trackId: 'track-reliability', tags: ['dr'] },
    { title: 'Bravo', trackId: 'track-devex' },
    { title: 'Charlie', trackId: 'track-reliability' },
    { title: 'Delta', trackId: 'track-devex', tags: ['dr'] },
    { title: 'Echo', trackId: 'track-reliability' },
  ]);

async function choose(
  app: Awaited<ReturnType<typeof renderBacklog>>,
  title: string,
  entry: string,
) {
  await app.user.click(within(row(title)).getByRole('button', { name: `Actions for ${title}` }));
  await app.user.click(
    within(screen.getByRole('menu', { name: `Actions for ${title}` })).getByRole('menuitem', {
      name: new RegExp(`^${entry}`),
    }),
  );
}

describe('moving rows without dragging', () => {
  it('moves up, down, to the top and to the bottom from the row menu, one undo step each', async () => {
    const app = await renderBacklog(five());
    await choose(app, 'Charlie', 'Move up');
    expect(shownTitles()).toEqual(['Alpha', 'Charlie', 'Bravo', 'Delta', 'Echo']);
    await choose(app, 'Alpha', 'Move down');
    expect(shownTitles()).toEqual(['Charlie', 'Alpha', 'Bravo', 'Delta', 'Echo']);
    await choose(app, 'Echo', 'Move to top');
    expect(shownTitles()).toEqual(['Echo', 'Charlie', 'Alpha', 'Bravo', 'Delta']);
    await choose(app, 'Charlie', 'Move to bottom');
    expect(shownTitles()).toEqual(['Echo', 'Alpha', 'Bravo', 'Delta', 'Charlie']);
    expect(undoCount(app)).toBe(4);
    expect(screen.getByText("Moved 'Charlie' to position 5 of 5")).toBeTruthy();
    expect(document.activeElement).toBe(
      within(row('Charlie')).getByRole('button', { name: 'Move Charlie' }),
    );
  });

  it('moves to position N from a dialog, and checks the number', async () => {
    const app = await renderBacklog(five());
    await choose(app, 'Echo', 'Move to position');
    const dialog = screen.getByRole('dialog', { name: 'Move “Echo”' });
    const field = within(dialog).getByRole('spinbutton', { name: 'New position' });
    await app.user.clear(field);
    await app.user.type(field, '9{Enter}');
    expect(within(dialog).getByRole('alert').textContent).toBe('Enter a whole number from 1 to 5.');
    await app.user.clear(field);
    await app.user.type(field, '2{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(shownTitles()).toEqual(['Alpha', 'Echo', 'Bravo', 'Charlie', 'Delta']);
  });

  it('takes Alt+arrows, Alt+Home and Alt+End on a focused row', async () => {
    const app = await renderBacklog(five());
    const handle = within(row('Bravo')).getByRole('button', { name: 'Move Bravo' });
    act(() => handle.focus());
    await app.user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(shownTitles()).toEqual(['Alpha', 'Charlie', 'Bravo', 'Delta', 'Echo']);
    await app.user.keyboard('{Alt>}{Home}{/Alt}');
    expect(shownTitles()).toEqual(['Bravo', 'Alpha', 'Charlie', 'Delta', 'Echo']);
    await app.user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(screen.getByText("'Bravo' is already first")).toBeTruthy();
    await app.user.keyboard('{Alt>}{End}{/Alt}');
    expect(shownTitles()).toEqual(['Alpha', 'Charlie', 'Delta', 'Echo', 'Bravo']);
    expect(undoCount(app)).toBe(3);
  });

  it('keeps the hidden items in their places when moving a filtered list', async () => {
    const app = await renderBacklog(five());
    await app.user.selectOptions(
      screen.getByRole('combobox', { name: 'Track' }),
      'Reliability / performance',
    );
    expect(shownTitles()).toEqual(['Alpha', 'Charlie', 'Echo']);
    expect(screen.getByRole('heading', { name: /Backlog/ }).textContent).toContain('3 of 5 items');
    await choose(app, 'Echo', 'Move to top');
    expect(shownTitles()).toEqual(['Echo', 'Alpha', 'Charlie']);
    // Echo went just above Alpha; Bravo and Delta kept their order and their neighbours.
    expect(documentOrder(app)).toEqual(['Echo', 'Alpha', 'Bravo', 'Charlie', 'Delta']);
    await choose(app, 'Alpha', 'Move down');
    expect(documentOrder(app)).toEqual(['Echo', 'Bravo', 'Charlie', 'Alpha', 'Delta']);
  });

  it('duplicates below the original and deletes with undo', async () => {
    const app = await renderBacklog(
      backlogWorkshop([
        { title: 'Alpha', externalKey: 'PLAT-1', rice: { reach: 10 } },
        { title: 'Bravo' },
      ]),
    );
    await choose(app, 'Alpha', 'Duplicate');
    expect(shownTitles()).toEqual(['Alpha', 'Alpha (copy)', 'Bravo']);
    const copy = app.services.documents
      .getState()
      .doc?.items.find((i) => i.title === 'Alpha (copy)');
    expect(copy?.externalKey).toBeNull();
    expect(copy?.rice.reach).toBe(10);
    await choose(app, 'Alpha (copy)', 'Delete');
    expect(shownTitles()).toEqual(['Alpha', 'Bravo']);
    expect(document.activeElement).toBe(
      within(row('Bravo')).getByRole('button', { name: 'Move Bravo' }),
    );
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Delete' });
    expect(shownTitles()).toEqual(['Alpha']);
    await app.user.keyboard('{Control>}z{/Control}');
    await app.user.keyboard('{Control>}z{/Control}');
    expect(shownTitles()).toEqual(['Alpha', 'Alpha (copy)', 'Bravo']);
  });

  it('adds an item at the end, opens it and puts the keyboard in its title', async () => {
    const app = await renderBacklog(five());
    await app.user.click(screen.getByRole('button', { name: 'Add item' }));
    expect(shownTitles()).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Untitled item']);
    const title = within(row('Untitled item')).getByRole('textbox', { name: 'Title' });
    expect(document.activeElement).toBe(title);
    expect(
      within(row('Untitled item')).getByRole('group', { name: 'Details of untitled item' }),
    ).toBeTruthy();
    await app.user.type(title, 'Foxtrot{Enter}');
    expect(row('Foxtrot')).toBeTruthy();
    expect(undoCount(app)).toBe(2);
  });

  it('forgets the filter when another workshop is opened', async () => {
    const app = await renderBacklog(five());
    await app.user.type(screen.getByRole('searchbox', { name: 'Search' }), 'cha');
    expect(shownTitles()).toEqual(['Charlie']);
    act(() =>
      app.services.documents
        .getState()
        .load(backlogWorkshop([{ title: 'Zulu' }, { title: 'Yankee' }])),
    );
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveProperty('value', '');
    expect(shownTitles()).toEqual(['Zulu', 'Yankee']);
  });

  it('keeps the filter through a drag of a freshly opened workshop', async () => {
    const app = await renderBacklog(five());
    await app.user.type(screen.getByRole('searchbox', { name: 'Search' }), 'cha');
    act(() => app.services.documents.getState().beginGesture());
    act(() => app.services.documents.getState().endGesture());
    expect(shownTitles()).toEqual(['Charlie']);
  });

  it('filters by tag and by text, and says how many items are shown', async () => {
    const app = await renderBacklog(five());
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Tag' }), 'dr (2)');
    expect(shownTitles()).toEqual(['Alpha', 'Delta']);
    expect(screen.getByRole('heading', { name: /Backlog/ }).textContent).toContain('2 of 5 items');
    await app.user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await app.user.type(screen.getByRole('searchbox', { name: 'Search' }), 'cha');
    expect(shownTitles()).toEqual(['Charlie']);
    await app.user.clear(screen.getByRole('searchbox', { name: 'Search' }));
    await app.user.type(screen.getByRole('searchbox', { name: 'Search' }), 'zulu');
    expect(screen.getByText('No items match the filter.')).toBeTruthy();
  });
});
