import { describe, expect, it } from 'vitest';
import { manualOrder } from '../../../shared/backlog/ranking';
import { createDocumentStore } from '../../state/documentStore';
import { backlogWorkshop } from './backlogTesting';

const store = () =>
  createDocumentStore(
    backlogWorkshop([
      { title: 'Alpha', rice: { impact: 2, confidence: 80 } },
      { title: 'Bravo', rice: { impact: 1, confidence: 100 } },
    ]),
  );
const titles = (s: ReturnType<typeof store>) =>
  manualOrder(s.getState().doc?.items ?? []).map((item) => item.title);
const undoSteps = (s: ReturnType<typeof store>) => s.temporal.getState().pastStates.length;

describe('backlog actions', () => {
  it('adds at the end of the manual order, one undo step', () => {
    const s = store();
    const id = s.getState().addBacklogItem({ title: 'Charlie' });
    expect(titles(s)).toEqual(['Alpha', 'Bravo', 'Charlie']);
    expect(s.getState().doc?.items.find((item) => item.id === id)?.rice.reach).toBeNull();
    expect(undoSteps(s)).toBe(1);
  });

  it('repairs a broken last key when adding instead of failing', () => {
    const s = store();
    s.getState().applyBacklogChange((doc) => ({
      ...doc,
      items: doc.items.map((item) => (item.title === 'Bravo' ? { ...item, rank: 'zz!' } : item)),
    }));
    s.getState().addBacklogItem({ title: 'Charlie' });
    expect(titles(s)).toEqual(['Alpha', 'Bravo', 'Charlie']);
    expect(s.getState().doc?.items.some((item) => item.rank === 'zz!')).toBe(false);
  });

  it('records nothing for an edit that changes nothing', () => {
    const s = store();
    const id = s.getState().doc?.items[0]?.id ?? '';
    s.getState().updateBacklogItem(id, { title: 'Alpha', tags: [] });
    s.getState().setRiceValue(id, 'impact', 2);
    expect(undoSteps(s)).toBe(0);
  });

  it('deletes an item with its roadmap placements in one step', () => {
    const s = store();
    s.getState().applyBacklogChange((doc) => ({
      ...doc,
      roadmap: {
        ...doc.roadmap,
        placements: [
          { itemId: 'item-1', trackId: 'track-devex', periodIndex: 0, span: 1, slot: 'a0' },
        ],
      },
    }));
    s.getState().deleteBacklogItem('item-1');
    expect(titles(s)).toEqual(['Bravo']);
    expect(s.getState().doc?.roadmap.placements).toEqual([]);
    s.getState().undo();
    expect(s.getState().doc?.roadmap.placements).toHaveLength(1);
  });

  it('revalues items with the scale edit and clears removed tracks', () => {
    const s = store();
    const settings = s.getState().doc?.settings;
    if (settings === undefined) throw new Error('no settings');
    s.getState().applyBacklogChange((doc) => ({
      ...doc,
      items: doc.items.map((item) => ({ ...item, trackId: 'track-devex' })),
    }));
    const high = settings.confidenceLevels[0];
    if (high === undefined) throw new Error('no level');
    s.getState().updateBacklogSettings({
      reachUnit: 'teams per quarter',
      tracks: settings.tracks.filter((track) => track.id !== 'track-devex'),
      impact: { levels: settings.impactLevels, before: [], after: [] },
      confidence: {
        levels: [{ label: 'Sure', value: 90 }],
        before: [high],
        after: [{ label: 'Sure', value: 90 }],
      },
    });
    const items = s.getState().doc?.items ?? [];
    expect(items.map((item) => item.rice.confidence)).toEqual([80, 90]);
    expect(items.map((item) => item.trackId)).toEqual([null, null]);
    expect(s.getState().doc?.settings.confidenceLevels).toEqual([{ label: 'Sure', value: 90 }]);
  });
});
