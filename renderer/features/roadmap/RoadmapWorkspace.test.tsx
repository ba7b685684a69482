import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { placementOf } from '../../../shared/roadmap/placements';
import {
  announcement,
  backlog,
  board,
  boardWorkshop,
  cardsIn,
  giveElementsAWindowSize,
  DX,
  NEW,
  openBoard,
  placed,
  REL,
  roadmapOf,
  undoCount,
} from './testBoard';

beforeAll(giveElementsAWindowSize);
afterEach(cleanup);

const column = (period: string) => within(board()).getByRole('group', { name: period });
const balance = () => screen.getByRole('region', { name: 'Balance across tracks' });

async function chooseFromMenu(
  app: Awaited<ReturnType<typeof openBoard>>,
  where: HTMLElement,
  title: string,
  entry: string,
) {
  await app.user.click(within(where).getByRole('button', { name: `Actions for ${title}` }));
  await app.user.click(screen.getByRole('menuitem', { name: entry }));
}

describe('moving without dragging', () => {
  it('places a backlog item with "Place on roadmap…", one undo step', async () => {
    const app = await openBoard(boardWorkshop());
    await chooseFromMenu(app, backlog(), 'Terraform provider v2', 'Place on roadmap…');
    const dialog = screen.getByRole('dialog', { name: 'Place “Terraform provider v2”' });
    expect(within(dialog).getByRole('combobox', { name: 'Track' })).toHaveProperty('value', DX);
    await app.user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Period' }),
      '2027 Q3',
    );
    await app.user.click(within(dialog).getByRole('button', { name: 'Place' }));

    expect(cardsIn('2027 Q3, Developer experience')).toEqual(['Terraform provider v2']);
    expect(announcement()).toContain(
      "Placed 'Terraform provider v2' in 2027 Q3, Developer experience",
    );
    expect(undoCount(app)).toBe(1);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Terraform provider v2');
  });

  it('moves a card with "Move to…" and keeps its span', async () => {
    const app = await openBoard(boardWorkshop([placed('failover', REL, 0, 'a0', 2)]));
    await chooseFromMenu(app, board(), 'Regional failover', 'Move to…');
    const dialog = screen.getByRole('dialog', { name: 'Move “Regional failover”' });
    await app.user.selectOptions(within(dialog).getByRole('combobox', { name: 'Track' }), NEW);
    await app.user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Period' }),
      '2027 Q2',
    );
    await app.user.click(within(dialog).getByRole('button', { name: 'Move' }));

    expect(cardsIn('2027 Q2, New services')).toEqual(['Regional failover']);
    expect(placementOf(roadmapOf(app) ?? { placements: [] }, 'failover')).toMatchObject({
      periodIndex: 1,
      span: 2,
    });
    expect(announcement()).toContain("Moved 'Regional failover' to 2027 Q2, New services");
  });

  it('takes a card off with "Remove from roadmap" and puts it back with undo', async () => {
    const app = await openBoard(boardWorkshop([placed('latency', REL, 1)]));
    await chooseFromMenu(app, board(), 'Cut P99 latency', 'Remove from roadmap');

    expect(cardsIn('2027 Q2, Reliability / performance')).toEqual([]);
    expect(announcement()).toContain("Removed 'Cut P99 latency' from the roadmap");
    expect(within(backlog()).getByRole('heading', { name: 'Not on the roadmap (5)' })).toBeTruthy();
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Cut P99 latency');

    app.services.documents.getState().undo();
    expect(await within(board()).findByRole('button', { name: 'Cut P99 latency' })).toBeTruthy();
  });

  it('changes the span from the card menu and draws the card across the quarters', async () => {
    const app = await openBoard(boardWorkshop([placed('replicas', NEW, 1)]));
    await chooseFromMenu(app, board(), 'Postgres read replicas', 'Span 2 quarters');

    const card = within(board()).getByRole('button', { name: 'Postgres read replicas' });
    expect(card.closest('li')?.style.gridColumn).toBe('3 / span 2');
    expect(card.textContent).toContain('2 quarters, to 2027 Q3');
    expect(announcement()).toContain("'Postgres read replicas' now spans 2 quarters");
    // 6 pm over two quarters: 3 in each.
    expect(column('2027 Q2').textContent).toContain('3 of');
    expect(column('2027 Q3').textContent).toContain('3 of');

    await chooseFromMenu(app, board(), 'Postgres read replicas', 'Span 1 quarter');
    expect(card.closest('li')?.style.gridColumn).toBe('3 / span 1');
    expect(undoCount(app)).toBe(2);
  });
});

describe('capacity and balance', () => {
  const planned = [
    placed('failover', REL, 0, 'a0', 1),
    placed('replicas', NEW, 0),
    placed('terraform', DX, 1),
  ];

  it('shows planned effort against capacity and marks an over-capacity period in words', async () => {
    await openBoard(boardWorkshop(planned));
    // 9 + 6 planned in 2027 Q1 against 12.
    expect(column('2027 Q1').textContent).toContain('15 of');
    expect(within(column('2027 Q1')).getByRole('textbox', { name: /Capacity/ })).toHaveProperty(
      'value',
      '12',
    );
    expect(column('2027 Q1').textContent).toContain('Over by 3 pm of capacity');
    expect(column('2027 Q2').textContent).toContain('3 of');
    expect(column('2027 Q2').textContent).not.toContain('Over');
  });

  it('edits a capacity in the column header as one undo step and refuses what is not a number', async () => {
    const app = await openBoard(boardWorkshop(planned));
    const field = within(column('2027 Q1')).getByRole('textbox', {
      name: 'Capacity of 2027 Q1 in person-months',
    });
    await app.user.clear(field);
    await app.user.type(field, '16{Enter}');
    expect(roadmapOf(app)?.capacity).toEqual([16, 12, 12, 12]);
    expect(column('2027 Q1').textContent).not.toContain('Over');
    expect(undoCount(app)).toBe(1);

    await app.user.clear(field);
    await app.user.type(field, 'lots{Enter}');
    expect(within(column('2027 Q1')).getByRole('alert').textContent).toBe(
      "'lots' is not a number. Kept 16.",
    );
    expect(field).toHaveProperty('value', '16');
    expect(undoCount(app)).toBe(1);
  });

  it("shows each track's share of planned effort and flags a track with none", async () => {
    await openBoard(boardWorkshop(planned.slice(0, 2)));
    const strip = balance();
    expect(strip.textContent).toContain('No investment in Developer experience.');
    const shares = within(strip)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(shares).toEqual([
      'New services40% · 6 pm · 1 item',
      'Reliability / performance60% · 9 pm · 1 item',
      'Developer experience⚠ Nothing planned',
    ]);
  });

  it('says when sums leave out an item without an effort estimate', async () => {
    await openBoard(boardWorkshop([placed('quota', REL, 0), placed('replicas', NEW, 0)]));
    expect(balance().textContent).toContain(
      '1 item on the board has no effort estimate and is left out of these sums.',
    );
    const card = within(board()).getByRole('button', { name: 'Quota self-service' });
    expect(card.textContent).toContain('no effort');
  });
});

describe('board settings', () => {
  it('switches to Now / Next / Later and back without losing a placement', async () => {
    const doc = boardWorkshop([
      placed('failover', REL, 0),
      placed('latency', REL, 2),
      placed('terraform', DX, 3),
    ]);
    const app = await openBoard(doc);
    await app.user.click(screen.getByRole('radio', { name: 'Now / Next / Later' }));
    expect(cardsIn('Now, Reliability / performance')).toEqual(['Regional failover']);
    expect(cardsIn('Later, Reliability / performance')).toEqual(['Cut P99 latency']);
    expect(cardsIn('Later, Developer experience')).toEqual(['Terraform provider v2']);
    expect(column('Later').textContent).toContain('2027 Q3 onward');

    await app.user.click(screen.getByRole('radio', { name: 'Quarters' }));
    expect(cardsIn('2027 Q3, Reliability / performance')).toEqual(['Cut P99 latency']);
    expect(cardsIn('2027 Q4, Developer experience')).toEqual(['Terraform provider v2']);
    expect(roadmapOf(app)?.placements).toEqual(doc.roadmap.placements);
  });

  it('keeps cards past the last quarter when the board gets shorter, and lists them', async () => {
    const app = await openBoard(boardWorkshop([placed('terraform', DX, 3)]));
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Number of quarters' }), '3');

    expect(within(board()).queryByRole('button', { name: 'Terraform provider v2' })).toBeNull();
    expect(announcement()).toContain('1 item now starts after 2027 Q3.');
    const note = screen.getByRole('region', { name: 'Planned but not on this board' });
    expect(note.textContent).toContain('Terraform provider v2 — starts 2027 Q4');

    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Number of quarters' }), '4');
    expect(cardsIn('2027 Q4, Developer experience')).toEqual(['Terraform provider v2']);
  });

  it('renames the columns when the start quarter and year change', async () => {
    const app = await openBoard(boardWorkshop([placed('failover', REL, 0)]));
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Start quarter' }), '3');
    const year = screen.getByRole('textbox', { name: 'Start year' });
    await app.user.clear(year);
    await app.user.type(year, '2028{Enter}');
    expect(cardsIn('2028 Q3, Reliability / performance')).toEqual(['Regional failover']);
    expect(undoCount(app)).toBe(2);
  });

  it('shows RICE or weighted scores on the cards, as chosen', async () => {
    const doc = boardWorkshop([placed('replicas', NEW, 0)]);
    const criterion = doc.criteria[0];
    if (!criterion) throw new Error('sampleWorkshop has criteria');
    const items = doc.items.map((item) =>
      item.id === 'replicas' ? { ...item, scores: { [criterion.id]: 5 } } : item,
    );
    const app = await openBoard({ ...doc, items });
    const card = () => within(board()).getByRole('button', { name: 'Postgres read replicas' });
    // 1,800 × 2 × 80% ÷ 6 = 480.
    expect(card().textContent).toContain('RICE 480');
    await app.user.click(screen.getByRole('radio', { name: 'Weighted' }));
    expect(card().textContent).toContain(`Weighted ${criterion.weight}`);
  });
});

describe('the ranked backlog beside the board', () => {
  it('lists unplaced items first, in manual rank order, and filters by text', async () => {
    const app = await openBoard(boardWorkshop([placed('failover', REL, 0)]));
    const list = () => within(backlog()).getByRole('list', { name: 'Backlog items' });
    const titles = () =>
      within(list())
        .getAllByRole('listitem')
        .sort(
          (a, b) =>
            Number(a.getAttribute('aria-posinset')) - Number(b.getAttribute('aria-posinset')),
        )
        .map((row) => row.querySelector('[data-backlog-handle]')?.getAttribute('aria-label'));
    expect(titles()).toEqual([
      'Postgres read replicas',
      'Cut P99 latency',
      'Terraform provider v2',
      'Quota self-service',
      'Regional failover',
    ]);
    expect(
      within(list())
        .getAllByRole('heading')
        .map((h) => h.textContent),
    ).toEqual(['Not on the roadmap (4)', 'On the roadmap (1)']);

    await app.user.type(
      within(backlog()).getByRole('searchbox', { name: 'Filter the backlog' }),
      'p9',
    );
    expect(titles()).toEqual(['Cut P99 latency']);
    expect(backlog().textContent).toContain('1 of 5 items');
  });
});

describe('export', () => {
  it('asks where to save the PDF from the toolbar', async () => {
    const app = await openBoard(boardWorkshop());
    await app.user.click(screen.getByRole('button', { name: 'Export PDF…' }));
    expect(await screen.findByRole('dialog', { name: 'Export roadmap PDF' })).toBeTruthy();
  });
});
