import { describe, expect, it } from 'vitest';
import { cancelled, cellName, dropped, movedOver, pickedUp, respanned } from './announcements';

const names = {
  columns: [{ label: '2027 Q1' }, { label: '2027 Q2' }],
  tracks: [
    { id: 'rel', name: 'Reliability / performance' },
    { id: 'new', name: 'New services' },
  ],
};
const cell = (trackId: string, columnIndex: number, index = 0) =>
  ({ kind: 'cell', trackId, columnIndex, index }) as const;

describe('roadmap announcements', () => {
  it('names the item, the period and the track of a drop', () => {
    expect(
      dropped(
        'Regional failover',
        names,
        { kind: 'backlog' },
        { target: cell('rel', 1), cardCount: 1 },
      ),
    ).toBe("Placed 'Regional failover' in 2027 Q2, Reliability / performance");
    expect(
      dropped('Regional failover', names, cell('new', 0), {
        target: cell('rel', 1, 1),
        cardCount: 3,
      }),
    ).toBe("Moved 'Regional failover' to 2027 Q2, Reliability / performance, position 2 of 3");
    expect(
      dropped('Regional failover', names, cell('new', 0), {
        target: { kind: 'backlog' },
        cardCount: 0,
      }),
    ).toBe("Removed 'Regional failover' from the roadmap");
  });

  it('says where a picked-up item starts and how to move it', () => {
    expect(
      pickedUp(
        'Latency',
        names,
        { target: { kind: 'backlog' }, cardCount: 0 },
        { target: cell('rel', 0), cardCount: 1 },
      ),
    ).toBe(
      "Picked up 'Latency' from the backlog, now over 2027 Q1, Reliability / performance. Arrow keys move it, Enter drops it, Escape cancels.",
    );
    expect(movedOver('Latency', names, { target: cell('new', 1, 0), cardCount: 2 })).toBe(
      "'Latency' over 2027 Q2, New services, position 1 of 2.",
    );
  });

  it('says where a cancelled move leaves the item', () => {
    expect(cancelled('Latency', names, { target: { kind: 'backlog' }, cardCount: 0 })).toBe(
      "Cancelled. 'Latency' stays in the backlog.",
    );
    expect(cancelled('Latency', names, { target: cell('rel', 0), cardCount: 1 })).toBe(
      "Cancelled. 'Latency' stays in 2027 Q1, Reliability / performance.",
    );
  });

  it('names a cell even when its track is gone', () => {
    expect(cellName(names, { trackId: 'old', columnIndex: 0 })).toBe('2027 Q1, a removed track');
    expect(respanned('Latency', 1)).toBe("'Latency' now spans 1 quarter");
    expect(respanned('Latency', 3)).toBe("'Latency' now spans 3 quarters");
  });
});
