import { cleanup, within } from '@testing-library/react';
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

describe('keyboard drag and drop on the roadmap board', () => {
  it('picks a backlog item up with Space, moves it with the arrows and drops it with Enter', async () => {
    const app = await openBoard(boardWorkshop());
    within(backlog()).getByRole('button', { name: 'Regional failover' }).focus();

    await app.user.keyboard(' ');
    expect(announcement()).toContain(
      "Picked up 'Regional failover' from the backlog, now over 2027 Q1, Reliability / performance.",
    );
    const card = within(board()).getByRole('button', { name: 'Regional failover' });
    expect(document.activeElement).toBe(card);

    await app.user.keyboard('{ArrowRight}');
    expect(announcement()).toContain(
      "'Regional failover' over 2027 Q2, Reliability / performance.",
    );
    await app.user.keyboard('{Enter}');

    expect(announcement()).toContain(
      "Placed 'Regional failover' in 2027 Q2, Reliability / performance",
    );
    expect(cardsIn('2027 Q2, Reliability / performance')).toEqual(['Regional failover']);
    expect(placementOf(roadmapOf(app) ?? { placements: [] }, 'failover')).toMatchObject({
      trackId: REL,
      periodIndex: 1,
    });
    expect(undoCount(app)).toBe(1);
    expect(document.activeElement).toBe(
      within(board()).getByRole('button', { name: 'Regional failover' }),
    );
  });

  it('moves a card to the track below with ↓ past its last position, keeping focus on it', async () => {
    const doc = boardWorkshop([placed('replicas', NEW, 0, 'a0'), placed('latency', NEW, 0, 'a1')]);
    const app = await openBoard(doc);
    within(board()).getByRole('button', { name: 'Postgres read replicas' }).focus();

    await app.user.keyboard('{Enter}');
    expect(announcement()).toContain(
      "Picked up 'Postgres read replicas' in 2027 Q1, New services, position 1 of 2.",
    );
    await app.user.keyboard('{ArrowDown}');
    expect(announcement()).toContain(
      "'Postgres read replicas' over 2027 Q1, New services, position 2 of 2.",
    );
    expect(cardsIn('2027 Q1, New services')).toEqual(['Cut P99 latency', 'Postgres read replicas']);
    await app.user.keyboard('{ArrowDown}');
    expect(announcement()).toContain(
      "'Postgres read replicas' over 2027 Q1, Reliability / performance.",
    );
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Postgres read replicas');
    await app.user.keyboard(' ');

    expect(announcement()).toContain(
      "Moved 'Postgres read replicas' to 2027 Q1, Reliability / performance",
    );
    expect(cardsIn('2027 Q1, New services')).toEqual(['Cut P99 latency']);
    expect(undoCount(app)).toBe(1);
  });

  it('puts the board back and records nothing when Escape cancels', async () => {
    const doc = boardWorkshop([placed('terraform', DX, 1)]);
    const app = await openBoard(doc);
    within(board()).getByRole('button', { name: 'Terraform provider v2' }).focus();

    await app.user.keyboard(' {ArrowRight}{ArrowRight}{ArrowUp}');
    expect(cardsIn('2027 Q4, Reliability / performance')).toEqual(['Terraform provider v2']);
    await app.user.keyboard('{Escape}');

    expect(announcement()).toContain(
      "Cancelled. 'Terraform provider v2' stays in 2027 Q2, Developer experience.",
    );
    expect(roadmapOf(app)).toEqual(doc.roadmap);
    expect(undoCount(app)).toBe(0);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Terraform provider v2');
  });

  it('says so at the edge of the board instead of moving', async () => {
    const app = await openBoard(boardWorkshop([placed('terraform', DX, 3)]));
    within(board()).getByRole('button', { name: 'Terraform provider v2' }).focus();
    await app.user.keyboard(' {ArrowRight}');
    expect(announcement()).toContain("'Terraform provider v2' is at the edge of the board.");
    await app.user.keyboard('{ArrowDown}');
    expect(announcement()).toContain("'Terraform provider v2' is at the edge of the board.");
    await app.user.keyboard('{Enter}');
    expect(undoCount(app)).toBe(0);
  });

  it('takes a card off the board with ← from the first period, and back on with →', async () => {
    const app = await openBoard(boardWorkshop([placed('latency', REL, 0)]));
    within(board()).getByRole('button', { name: 'Cut P99 latency' }).focus();
    await app.user.keyboard(' {ArrowLeft}');
    expect(announcement()).toContain(
      "'Cut P99 latency' over the backlog: drop it to take it off the roadmap, → goes back.",
    );
    expect(cardsIn('2027 Q1, Reliability / performance')).toEqual([]);
    expect(document.activeElement?.hasAttribute('data-backlog-handle')).toBe(true);
    await app.user.keyboard('{ArrowRight}');
    expect(cardsIn('2027 Q1, Reliability / performance')).toEqual(['Cut P99 latency']);
    expect(document.activeElement?.hasAttribute('data-card-handle')).toBe(true);

    await app.user.keyboard('{ArrowLeft}{Enter}');
    expect(announcement()).toContain("Removed 'Cut P99 latency' from the roadmap");
    expect(roadmapOf(app)?.placements).toEqual([]);
    expect(undoCount(app)).toBe(1);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Cut P99 latency');
  });

  it('takes the move back in one undo step', async () => {
    const app = await openBoard(boardWorkshop());
    within(backlog()).getByRole('button', { name: 'Cut P99 latency' }).focus();
    await app.user.keyboard(' {ArrowRight}{ArrowRight}{Enter}');
    expect(cardsIn('2027 Q3, Reliability / performance')).toEqual(['Cut P99 latency']);

    app.services.documents.getState().undo();
    expect(
      await within(backlog()).findByRole('heading', { name: 'Not on the roadmap (5)' }),
    ).toBeTruthy();
    expect(roadmapOf(app)?.placements).toEqual([]);
  });
});
