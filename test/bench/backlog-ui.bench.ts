import { createBacklogItem } from '../../shared/backlog/items';
import { initialRanks } from '../../shared/backlog/rankKeys';
import type { BacklogItem } from '../../shared/workshop/schema';
import { buildBacklogView } from '../../renderer/features/backlog/backlogView';
import { describeMove, planDrop } from '../../renderer/features/backlog/moves';
import type { Bench, BenchResult } from './types';

/**
 * What the backlog workspace recomputes on the main thread, at issue 3's 2,000 items: the view
 * after every edit (both orders, the filter, every item's two ranks), and what one arrow press
 * of a keyboard drag costs (the move it would make and the sentence a screen reader hears).
 * Both must fit well inside a 16 ms frame.
 */

const ITEMS = 2_000;
const RUNS = 60;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function measure(run: () => unknown): number {
  for (let i = 0; i < 5; i += 1) run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

function backlog(): BacklogItem[] {
  const ranks = initialRanks(ITEMS);
  const tracks = ['track-new-services', 'track-reliability', 'track-devex'];
  return ranks.map((rank, index) =>
    createBacklogItem({
      id: `item-${index}`,
      rank,
      title: `Backlog item ${index}: regional failover for service ${index % 97}`,
      trackId: tracks[index % tracks.length] ?? null,
      tags: index % 4 === 0 ? ['reliability', 'dr'] : ['dx'],
      rice:
        index % 10 === 0
          ? { reach: null, impact: null, confidence: null, effort: null }
          : {
              reach: (index * 37) % 5000,
              impact: [3, 2, 1, 0.5][index % 4] ?? 1,
              confidence: 80,
              effort: 1 + (index % 9),
            },
    }),
  );
}

const bench: Bench = async () => {
  const items = backlog();
  const ids = items.map((item) => item.id);
  const results: BenchResult[] = [];

  // An edit replaces one item: the view is rebuilt from a new array each time.
  let edits = 0;
  const view = measure(() => {
    edits += 1;
    const edited = items.map((item, index) =>
      index === edits % ITEMS ? { ...item, rice: { ...item.rice, reach: edits } } : item,
    );
    return buildBacklogView(edited, { trackIds: [], tags: [], tagMode: 'any', text: '' });
  });
  results.push({
    name: `backlog view after an edit, ${ITEMS.toLocaleString('en-US')} items`,
    medianMs: view,
    target: '≤ 8 ms median',
    met: view <= 8,
  });

  const filtered = measure(() =>
    buildBacklogView(items, {
      trackIds: ['track-reliability'],
      tags: ['dr'],
      tagMode: 'any',
      text: 'failover 4',
    }),
  );
  results.push({
    name: `filtered backlog view, ${ITEMS.toLocaleString('en-US')} items`,
    medianMs: filtered,
    target: '≤ 8 ms median',
    met: filtered <= 8,
  });

  let step = 0;
  const arrow = measure(() => {
    step += 1;
    const plan = planDrop(items, ids, 'item-0', step % ITEMS);
    return describeMove(items, plan, 'item-0');
  });
  results.push({
    name: `one keyboard-drag step (move + sentence), ${ITEMS.toLocaleString('en-US')} items`,
    medianMs: arrow,
    target: '≤ 4 ms median',
    met: arrow <= 4,
  });
  return results;
};

export default bench;
